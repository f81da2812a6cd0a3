CREATE TABLE `day_summaries` (
	`day_id` integer PRIMARY KEY NOT NULL,
	`pieces` integer DEFAULT 0 NOT NULL,
	`words` integer DEFAULT 0 NOT NULL,
	`writers` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `event_fandoms` (
	`event_id` integer NOT NULL,
	`fandom` text NOT NULL,
	`pieces` integer NOT NULL,
	PRIMARY KEY(`event_id`, `fandom`)
);
--> statement-breakpoint
CREATE INDEX `event_fandoms_most` ON `event_fandoms` (`event_id`,"pieces" desc,`fandom`);--> statement-breakpoint
CREATE TABLE `event_pieces` (
	`event_id` integer NOT NULL,
	`piece_id` integer NOT NULL,
	`writer_id` integer NOT NULL,
	`days` integer NOT NULL,
	`first_day` integer NOT NULL,
	`visible` integer NOT NULL,
	`words` integer NOT NULL,
	`sort_date` text NOT NULL,
	`rating` text NOT NULL,
	PRIMARY KEY(`piece_id`, `event_id`)
);
--> statement-breakpoint
CREATE INDEX `event_pieces_newest` ON `event_pieces` (`event_id`,`visible`,`sort_date`,`piece_id`);--> statement-breakpoint
CREATE INDEX `event_pieces_by_day` ON `event_pieces` (`event_id`,`visible`,`first_day`,"sort_date" desc,"piece_id" desc);--> statement-breakpoint
CREATE INDEX `event_pieces_rating` ON `event_pieces` (`event_id`,`visible`,`rating`,`sort_date`,`piece_id`);--> statement-breakpoint
CREATE INDEX `event_pieces_writer` ON `event_pieces` (`writer_id`,`event_id`);--> statement-breakpoint
CREATE TABLE `event_summaries` (
	`event_id` integer PRIMARY KEY NOT NULL,
	`pieces` integer DEFAULT 0 NOT NULL,
	`words` integer DEFAULT 0 NOT NULL,
	`writers` integer DEFAULT 0 NOT NULL,
	`days` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `event_writers` (
	`event_id` integer NOT NULL,
	`writer_id` integer NOT NULL,
	`days_posted` integer DEFAULT 0 NOT NULL,
	`pieces_visible` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`event_id`, `writer_id`)
);
--> statement-breakpoint
CREATE INDEX `event_writers_days` ON `event_writers` (`event_id`,`days_posted`);--> statement-breakpoint
CREATE INDEX `event_writers_writer` ON `event_writers` (`writer_id`);--> statement-breakpoint
CREATE TABLE `versions` (
	`scope` text NOT NULL,
	`id` integer NOT NULL,
	`n` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`scope`, `id`)
);
--> statement-breakpoint
DROP INDEX `fills_day_piece`;--> statement-breakpoint
ALTER TABLE `fills` ADD `event_id` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `fills` ADD `writer_id` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `fills` ADD `posted` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `fills` ADD `visible` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `fills` ADD `words` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `fills` ADD `sort_date` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `fills_day_visible_newest` ON `fills` (`day_id`,`visible`,`sort_date`,`piece_id`);--> statement-breakpoint
CREATE INDEX `fills_writer_day` ON `fills` (`writer_id`,`day_id`);