DROP INDEX `writers_username_unique`;--> statement-breakpoint
DROP INDEX `writers_username_lower`;--> statement-breakpoint
CREATE UNIQUE INDEX `writers_username_lower` ON `writers` (lower("username"));--> statement-breakpoint
ALTER TABLE `events` ADD `hidden` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `featured` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `events_organiser_created` ON `events` (`organiser_id`,`created_at`);