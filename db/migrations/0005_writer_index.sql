DROP INDEX `pieces_writer_created`;--> statement-breakpoint
DROP INDEX `pieces_writer_posted`;--> statement-breakpoint
DROP INDEX `pieces_writer_status_words`;--> statement-breakpoint
CREATE INDEX `pieces_writer_status_posted` ON `pieces` (`writer_id`,`status`,`posted_on`,`words`);