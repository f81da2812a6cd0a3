DROP INDEX `writers_username_unique`;--> statement-breakpoint
DROP INDEX `writers_username_lower`;--> statement-breakpoint
CREATE UNIQUE INDEX `writers_username_lower` ON `writers` (lower("username"));