CREATE TABLE `bingo_cards` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`writer_id` integer NOT NULL,
	`deal` integer DEFAULT 1 NOT NULL,
	`seed` integer NOT NULL,
	`layout` text NOT NULL,
	`hidden_dealt` integer DEFAULT 0 NOT NULL,
	`unique_in_event` integer DEFAULT true NOT NULL,
	`dealt_at` text NOT NULL,
	`replaced_at` text,
	`filled` integer DEFAULT 0 NOT NULL,
	`lines` integer DEFAULT 0 NOT NULL,
	`blackout` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`writer_id`) REFERENCES `writers`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "bingo_cards_one_reroll" CHECK("deal" in (1, 2))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bingo_cards_writer_deal` ON `bingo_cards` (`event_id`,`writer_id`,`deal`);--> statement-breakpoint
CREATE UNIQUE INDEX `bingo_cards_event_layout` ON `bingo_cards` (`event_id`,`layout`);--> statement-breakpoint
CREATE INDEX `bingo_cards_event_lines` ON `bingo_cards` (`event_id`,`blackout`,`lines`);--> statement-breakpoint
CREATE INDEX `bingo_cards_writer` ON `bingo_cards` (`writer_id`);--> statement-breakpoint
CREATE TABLE `bingo_pool` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`position` integer NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bingo_pool_event_position` ON `bingo_pool` (`event_id`,`position`);--> statement-breakpoint
CREATE TABLE `bingo_squares` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`card_id` integer NOT NULL,
	`row` integer NOT NULL,
	`col` integer NOT NULL,
	`free` integer DEFAULT false NOT NULL,
	`pool_position` integer,
	`prompt` text DEFAULT '' NOT NULL,
	`posted_fills` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`card_id`) REFERENCES `bingo_cards`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bingo_squares_card_cell` ON `bingo_squares` (`card_id`,`row`,`col`);--> statement-breakpoint
CREATE TABLE `square_fills` (
	`piece_id` integer NOT NULL,
	`square_id` integer NOT NULL,
	`card_id` integer NOT NULL,
	`posted` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`piece_id`, `square_id`),
	FOREIGN KEY (`piece_id`) REFERENCES `pieces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`square_id`) REFERENCES `bingo_squares`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `square_fills_square` ON `square_fills` (`square_id`);--> statement-breakpoint
CREATE INDEX `square_fills_card` ON `square_fills` (`card_id`,`piece_id`);--> statement-breakpoint
ALTER TABLE `events` ADD `kind` text DEFAULT 'daily' NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `card_size` integer;--> statement-breakpoint
ALTER TABLE `events` ADD `free_centre` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `max_squares_per_piece` integer;--> statement-breakpoint
ALTER TABLE `events` ADD `reroll` integer DEFAULT false NOT NULL;--> statement-breakpoint
-- Bingo's summaries, kept by triggers in the transaction of every write (the app's, the CLI's, an
-- import's, a cascade's): a square counts the posted pieces filling it, a card its filled squares,
-- lines and blackout, computed from its own at most 25 squares when a square becomes filled or empty.
CREATE TRIGGER `square_fills_copy` AFTER INSERT ON `square_fills` BEGIN
  UPDATE `bingo_squares` SET `posted_fills` = `posted_fills` + NEW.`posted` WHERE `id` = NEW.`square_id`;
  UPDATE `square_fills` SET `card_id` = (SELECT `card_id` FROM `bingo_squares` WHERE `id` = NEW.`square_id`),
    `posted` = (SELECT `status` = 'posted' FROM `pieces` WHERE `id` = NEW.`piece_id`)
    WHERE `piece_id` = NEW.`piece_id` AND `square_id` = NEW.`square_id`;
  INSERT INTO `versions` (`scope`, `id`, `n`)
    SELECT 'event', `event_id`, 1 FROM `bingo_cards` WHERE `id` = (SELECT `card_id` FROM `bingo_squares` WHERE `id` = NEW.`square_id`)
    UNION ALL SELECT 'writer', `writer_id`, 1 FROM `pieces` WHERE `id` = NEW.`piece_id`
    ON CONFLICT (`scope`, `id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `square_fills_posted` AFTER UPDATE OF `posted` ON `square_fills` WHEN OLD.`posted` IS NOT NEW.`posted` BEGIN
  UPDATE `bingo_squares` SET `posted_fills` = `posted_fills` + NEW.`posted` - OLD.`posted` WHERE `id` = NEW.`square_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `square_fills_gone` AFTER DELETE ON `square_fills` BEGIN
  UPDATE `bingo_squares` SET `posted_fills` = `posted_fills` - OLD.`posted` WHERE `id` = OLD.`square_id`;
  INSERT INTO `versions` (`scope`, `id`, `n`)
    SELECT 'event', `event_id`, 1 FROM `bingo_cards` WHERE `id` = OLD.`card_id`
    UNION ALL SELECT 'writer', `writer_id`, 1 FROM `bingo_cards` WHERE `id` = OLD.`card_id`
    ON CONFLICT (`scope`, `id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
-- A piece posted or taken back fills or empties its squares; its title and words show on the cards.
CREATE TRIGGER `pieces_square_fills` AFTER UPDATE ON `pieces` BEGIN
  UPDATE `square_fills` SET `posted` = NEW.`status` = 'posted'
    WHERE `piece_id` = NEW.`id` AND `posted` IS NOT (NEW.`status` = 'posted');
  INSERT INTO `versions` (`scope`, `id`, `n`)
    SELECT 'event', c.`event_id`, 1 FROM `square_fills` f JOIN `bingo_cards` c ON c.`id` = f.`card_id` WHERE f.`piece_id` = NEW.`id`
    ON CONFLICT (`scope`, `id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `bingo_squares_count` AFTER UPDATE OF `posted_fills` ON `bingo_squares`
  WHEN (OLD.`posted_fills` > 0) IS NOT (NEW.`posted_fills` > 0) BEGIN
  UPDATE `bingo_cards` SET
    `filled` = (SELECT count(*) FROM `bingo_squares` WHERE `card_id` = NEW.`card_id` AND NOT `free` AND `posted_fills` > 0),
    `lines` =
      (SELECT count(*) FROM (SELECT 1 FROM `bingo_squares` WHERE `card_id` = NEW.`card_id` GROUP BY `row` HAVING min(`free` OR `posted_fills` > 0) = 1))
      + (SELECT count(*) FROM (SELECT 1 FROM `bingo_squares` WHERE `card_id` = NEW.`card_id` GROUP BY `col` HAVING min(`free` OR `posted_fills` > 0) = 1))
      + (SELECT coalesce(min(`free` OR `posted_fills` > 0), 0) FROM `bingo_squares` WHERE `card_id` = NEW.`card_id` AND `row` = `col`)
      + (SELECT coalesce(min(`free` OR `posted_fills` > 0), 0) FROM `bingo_squares` WHERE `card_id` = NEW.`card_id`
          AND `row` + `col` = 1 + (SELECT max(`row`) FROM `bingo_squares` WHERE `card_id` = NEW.`card_id`)),
    `blackout` = NOT EXISTS (SELECT 1 FROM `bingo_squares` WHERE `card_id` = NEW.`card_id` AND NOT `free` AND `posted_fills` = 0)
  WHERE `id` = NEW.`card_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `bingo_cards_enter` AFTER INSERT ON `bingo_cards` BEGIN
  INSERT INTO `versions` (`scope`, `id`, `n`) VALUES ('event', NEW.`event_id`, 1), ('writer', NEW.`writer_id`, 1)
    ON CONFLICT (`scope`, `id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `bingo_cards_change` AFTER UPDATE ON `bingo_cards` BEGIN
  INSERT INTO `versions` (`scope`, `id`, `n`) VALUES ('event', NEW.`event_id`, 1), ('writer', NEW.`writer_id`, 1)
    ON CONFLICT (`scope`, `id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `bingo_cards_gone` AFTER DELETE ON `bingo_cards` BEGIN
  INSERT INTO `versions` (`scope`, `id`, `n`) VALUES ('event', OLD.`event_id`, 1), ('writer', OLD.`writer_id`, 1)
    ON CONFLICT (`scope`, `id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `bingo_pool_enter` AFTER INSERT ON `bingo_pool` BEGIN
  INSERT INTO `versions` (`scope`, `id`, `n`) VALUES ('event', NEW.`event_id`, 1) ON CONFLICT (`scope`, `id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `bingo_pool_change` AFTER UPDATE ON `bingo_pool` BEGIN
  INSERT INTO `versions` (`scope`, `id`, `n`) VALUES ('event', NEW.`event_id`, 1) ON CONFLICT (`scope`, `id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `bingo_pool_gone` AFTER DELETE ON `bingo_pool` BEGIN
  INSERT INTO `versions` (`scope`, `id`, `n`) VALUES ('event', OLD.`event_id`, 1) ON CONFLICT (`scope`, `id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
-- Who has lines is listed by name, for public profiles only.
CREATE TRIGGER `writers_bingo` AFTER UPDATE OF `username`, `display_name`, `profile_public` ON `writers` BEGIN
  INSERT INTO `versions` (`scope`, `id`, `n`)
    SELECT 'event', `event_id`, 1 FROM `bingo_cards` WHERE `writer_id` = NEW.`id`
    ON CONFLICT (`scope`, `id`) DO UPDATE SET `n` = `n` + 1;
END;
