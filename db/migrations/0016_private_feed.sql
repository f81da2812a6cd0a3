ALTER TABLE `writers` ADD `feed_secret_hash` text;--> statement-breakpoint
CREATE UNIQUE INDEX `writers_feed_secret` ON `writers` (`feed_secret_hash`);