DROP INDEX `piece_fandoms_fandom`;--> statement-breakpoint
CREATE INDEX `piece_fandoms_fandom_piece` ON `piece_fandoms` (`fandom`,`piece_id`);--> statement-breakpoint
CREATE INDEX `pieces_writer_newest` ON `pieces` (`writer_id`,coalesce("posted_on", substr("created_at", 1, 10)));--> statement-breakpoint
CREATE INDEX `pieces_writer_status_words` ON `pieces` (`writer_id`,`status`,`words`);