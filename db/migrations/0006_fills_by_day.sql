DROP INDEX `fills_day`;--> statement-breakpoint
CREATE INDEX `fills_day_piece` ON `fills` (`day_id`,`piece_id`);