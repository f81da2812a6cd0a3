ALTER TABLE `events` ADD `tag_pattern` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `writers` ADD `day_ends_at` integer DEFAULT 0 NOT NULL;