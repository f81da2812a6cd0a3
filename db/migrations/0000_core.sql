CREATE TABLE `alternates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`position` integer NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `alternates_event_position` ON `alternates` (`event_id`,`position`);--> statement-breakpoint
CREATE TABLE `event_days` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`number` integer NOT NULL,
	`date` text NOT NULL,
	`title` text,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `event_days_event_number` ON `event_days` (`event_id`,`number`);--> statement-breakpoint
CREATE INDEX `event_days_event_date` ON `event_days` (`event_id`,`date`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`day_label` text DEFAULT 'Day' NOT NULL,
	`first_day` text NOT NULL,
	`last_day` text NOT NULL,
	`organiser_id` integer,
	`late_until` text,
	`max_prompts_per_piece` integer,
	`min_words` integer,
	`max_words` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`organiser_id`) REFERENCES `writers`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `events_slug_unique` ON `events` (`slug`);--> statement-breakpoint
CREATE TABLE `fill_prompts` (
	`fill_id` integer NOT NULL,
	`prompt_id` integer NOT NULL,
	PRIMARY KEY(`fill_id`, `prompt_id`),
	FOREIGN KEY (`fill_id`) REFERENCES `fills`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`prompt_id`) REFERENCES `prompts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `fill_prompts_prompt` ON `fill_prompts` (`prompt_id`);--> statement-breakpoint
CREATE TABLE `fills` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`piece_id` integer NOT NULL,
	`day_id` integer NOT NULL,
	FOREIGN KEY (`piece_id`) REFERENCES `pieces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`day_id`) REFERENCES `event_days`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `fills_piece_day` ON `fills` (`piece_id`,`day_id`);--> statement-breakpoint
CREATE INDEX `fills_day` ON `fills` (`day_id`);--> statement-breakpoint
CREATE TABLE `piece_fandoms` (
	`piece_id` integer NOT NULL,
	`position` integer NOT NULL,
	`fandom` text NOT NULL,
	PRIMARY KEY(`piece_id`, `position`),
	FOREIGN KEY (`piece_id`) REFERENCES `pieces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `piece_fandoms_fandom` ON `piece_fandoms` (`fandom`);--> statement-breakpoint
CREATE TABLE `pieces` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`writer_id` integer NOT NULL,
	`title` text NOT NULL,
	`url` text,
	`words` integer DEFAULT 0 NOT NULL,
	`rating` text DEFAULT 'Not Rated' NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'posted' NOT NULL,
	`posted_on` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`writer_id`) REFERENCES `writers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `pieces_writer_created` ON `pieces` (`writer_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `pieces_writer_posted` ON `pieces` (`writer_id`,`posted_on`);--> statement-breakpoint
CREATE TABLE `prompts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`day_id` integer NOT NULL,
	`position` integer NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`day_id`) REFERENCES `event_days`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `prompts_day_position` ON `prompts` (`day_id`,`position`);--> statement-breakpoint
CREATE TABLE `writers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`display_name` text NOT NULL,
	`email` text,
	`password_hash` text,
	`time_zone` text DEFAULT 'UTC' NOT NULL,
	`week_start` integer DEFAULT 1 NOT NULL,
	`is_admin` integer DEFAULT false NOT NULL,
	`profile_public` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `writers_username_unique` ON `writers` (`username`);