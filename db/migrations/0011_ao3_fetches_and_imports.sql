CREATE TABLE `ao3_fetches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`writer_id` integer NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`writer_id`) REFERENCES `writers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ao3_fetches_writer_at` ON `ao3_fetches` (`writer_id`,`at`);--> statement-breakpoint
CREATE INDEX `ao3_fetches_at` ON `ao3_fetches` (`at`);--> statement-breakpoint
CREATE TABLE `ao3_imports` (
	`id` text PRIMARY KEY NOT NULL,
	`writer_id` integer NOT NULL,
	`path` text NOT NULL,
	`event` text DEFAULT '' NOT NULL,
	`state` text NOT NULL,
	`progress` text NOT NULL,
	`started_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`writer_id`) REFERENCES `writers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ao3_imports_writer` ON `ao3_imports` (`writer_id`,`started_at`);