CREATE INDEX `word_logs_piece` ON `word_logs` (`piece_id`);--> statement-breakpoint
CREATE INDEX `writers_username_lower` ON `writers` (lower("username"));