CREATE TABLE `goals` (
	`writer_id` integer NOT NULL,
	`event_id` integer NOT NULL,
	`fills` integer,
	`words` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`writer_id`, `event_id`),
	FOREIGN KEY (`writer_id`) REFERENCES `writers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `idempotency_keys` (
	`writer_id` integer NOT NULL,
	`key` text NOT NULL,
	`request_hash` text NOT NULL,
	`status` integer NOT NULL,
	`body` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`writer_id`, `key`),
	FOREIGN KEY (`writer_id`) REFERENCES `writers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `word_logs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`writer_id` integer NOT NULL,
	`date` text NOT NULL,
	`words` integer NOT NULL,
	`piece_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`writer_id`) REFERENCES `writers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`piece_id`) REFERENCES `pieces`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `word_logs_writer_date` ON `word_logs` (`writer_id`,`date`);--> statement-breakpoint
ALTER TABLE `writers` ADD `show_streaks` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `writers` ADD `squick_words` text DEFAULT '' NOT NULL;