-- Summaries and versions, kept by triggers in the transaction of every write (the app's, the CLI's,
-- an import's, a cascade's), so a page reads totals instead of recomputing them from the fills.
-- A fill's copies of its piece's, writer's and day's values come first; summaries follow from them.
UPDATE `fills` SET
  `event_id` = (SELECT `event_id` FROM `event_days` WHERE `id` = `fills`.`day_id`),
  `writer_id` = (SELECT `writer_id` FROM `pieces` WHERE `id` = `fills`.`piece_id`),
  `posted` = (SELECT `status` = 'posted' FROM `pieces` WHERE `id` = `fills`.`piece_id`),
  `visible` = (SELECT p.`status` = 'posted' AND w.`profile_public` FROM `pieces` p JOIN `writers` w ON w.`id` = p.`writer_id` WHERE p.`id` = `fills`.`piece_id`),
  `words` = (SELECT `words` FROM `pieces` WHERE `id` = `fills`.`piece_id`),
  `sort_date` = (SELECT coalesce(`posted_on`, substr(`created_at`, 1, 10)) FROM `pieces` WHERE `id` = `fills`.`piece_id`);
--> statement-breakpoint
INSERT INTO `event_pieces` (`event_id`, `piece_id`, `writer_id`, `days`, `first_day`, `visible`, `words`, `sort_date`, `rating`)
  SELECT f.`event_id`, f.`piece_id`, f.`writer_id`, count(*), min(d.`number`), max(f.`visible`), max(f.`words`), max(f.`sort_date`), p.`rating`
  FROM `fills` f JOIN `event_days` d ON d.`id` = f.`day_id` JOIN `pieces` p ON p.`id` = f.`piece_id`
  GROUP BY f.`piece_id`, f.`event_id`;
--> statement-breakpoint
INSERT INTO `event_writers` (`event_id`, `writer_id`, `days_posted`, `pieces_visible`)
  SELECT `event_id`, `writer_id`, sum(`dp`), sum(`pv`) FROM (
    SELECT `event_id`, `writer_id`, count(DISTINCT `day_id`) AS `dp`, 0 AS `pv` FROM `fills` WHERE `posted` = 1 GROUP BY 1, 2
    UNION ALL
    SELECT `event_id`, `writer_id`, 0, count(*) FROM `event_pieces` WHERE `visible` = 1 GROUP BY 1, 2
  ) GROUP BY 1, 2;
--> statement-breakpoint
INSERT INTO `event_summaries` (`event_id`, `pieces`, `words`, `writers`, `days`)
  SELECT e.`id`,
    (SELECT count(*) FROM `event_pieces` WHERE `event_id` = e.`id` AND `visible` = 1),
    (SELECT coalesce(sum(`words`), 0) FROM `event_pieces` WHERE `event_id` = e.`id` AND `visible` = 1),
    (SELECT count(*) FROM `event_writers` WHERE `event_id` = e.`id` AND `pieces_visible` > 0),
    (SELECT count(*) FROM `event_days` WHERE `event_id` = e.`id`)
  FROM `events` e;
--> statement-breakpoint
INSERT INTO `day_summaries` (`day_id`, `pieces`, `words`, `writers`)
  SELECT `day_id`, count(*), sum(`words`), count(DISTINCT `writer_id`) FROM `fills` WHERE `visible` = 1 GROUP BY `day_id`;
--> statement-breakpoint
INSERT INTO `event_fandoms` (`event_id`, `fandom`, `pieces`)
  SELECT ep.`event_id`, pf.`fandom`, count(DISTINCT ep.`piece_id`)
  FROM `event_pieces` ep JOIN `piece_fandoms` pf ON pf.`piece_id` = ep.`piece_id`
  WHERE ep.`visible` = 1 GROUP BY 1, 2;
--> statement-breakpoint
-- A change of a fill's contribution, +1 or -1 times its values; applied by one trigger, then removed.
CREATE TABLE `fill_deltas` (
  `sign` integer NOT NULL, `fill_id` integer NOT NULL, `event_id` integer NOT NULL, `day_id` integer NOT NULL,
  `piece_id` integer NOT NULL, `writer_id` integer NOT NULL, `posted` integer NOT NULL, `visible` integer NOT NULL,
  `words` integer NOT NULL, `sort_date` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `event_piece_deltas` (
  `sign` integer NOT NULL, `event_id` integer NOT NULL, `piece_id` integer NOT NULL, `writer_id` integer NOT NULL,
  `visible` integer NOT NULL, `words` integer NOT NULL
);
--> statement-breakpoint
CREATE TRIGGER `fills_copy` AFTER INSERT ON `fills` BEGIN
  UPDATE `fills` SET
    `event_id` = (SELECT `event_id` FROM `event_days` WHERE `id` = NEW.`day_id`),
    `writer_id` = p.`writer_id`, `posted` = p.`status` = 'posted',
    `visible` = p.`status` = 'posted' AND (SELECT `profile_public` FROM `writers` WHERE `id` = p.`writer_id`),
    `words` = p.`words`, `sort_date` = coalesce(p.`posted_on`, substr(p.`created_at`, 1, 10))
  FROM (SELECT * FROM `pieces` WHERE `id` = NEW.`piece_id`) AS p
  WHERE `fills`.`id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `fills_leave` AFTER UPDATE ON `fills`
WHEN OLD.`event_id` <> 0 AND (OLD.`posted` IS NOT NEW.`posted` OR OLD.`visible` IS NOT NEW.`visible` OR OLD.`words` IS NOT NEW.`words` OR OLD.`sort_date` IS NOT NEW.`sort_date` OR OLD.`writer_id` IS NOT NEW.`writer_id` OR OLD.`event_id` IS NOT NEW.`event_id`)
BEGIN
  INSERT INTO `fill_deltas` VALUES (-1, OLD.`id`, OLD.`event_id`, OLD.`day_id`, OLD.`piece_id`, OLD.`writer_id`, OLD.`posted`, OLD.`visible`, OLD.`words`, OLD.`sort_date`);
END;
--> statement-breakpoint
CREATE TRIGGER `fills_enter` AFTER UPDATE ON `fills`
WHEN NEW.`event_id` <> 0 AND (OLD.`posted` IS NOT NEW.`posted` OR OLD.`visible` IS NOT NEW.`visible` OR OLD.`words` IS NOT NEW.`words` OR OLD.`sort_date` IS NOT NEW.`sort_date` OR OLD.`writer_id` IS NOT NEW.`writer_id` OR OLD.`event_id` IS NOT NEW.`event_id`)
BEGIN
  INSERT INTO `fill_deltas` VALUES (1, NEW.`id`, NEW.`event_id`, NEW.`day_id`, NEW.`piece_id`, NEW.`writer_id`, NEW.`posted`, NEW.`visible`, NEW.`words`, NEW.`sort_date`);
END;
--> statement-breakpoint
CREATE TRIGGER `fills_gone` AFTER DELETE ON `fills` WHEN OLD.`event_id` <> 0 BEGIN
  INSERT INTO `fill_deltas` VALUES (-1, OLD.`id`, OLD.`event_id`, OLD.`day_id`, OLD.`piece_id`, OLD.`writer_id`, OLD.`posted`, OLD.`visible`, OLD.`words`, OLD.`sort_date`);
END;
--> statement-breakpoint
-- Whether the writer has another fill of this day (posted, or visible) decides whether the day
-- counts once more or once less for them; the fill itself is left out by its id.
CREATE TRIGGER `fill_deltas_apply` AFTER INSERT ON `fill_deltas` BEGIN
  INSERT INTO `event_pieces` (`event_id`, `piece_id`, `writer_id`, `days`, `first_day`, `visible`, `words`, `sort_date`, `rating`)
    SELECT NEW.`event_id`, NEW.`piece_id`, NEW.`writer_id`, 1, d.`number`, NEW.`visible`, NEW.`words`, NEW.`sort_date`, p.`rating`
    FROM `event_days` d, `pieces` p WHERE NEW.`sign` = 1 AND d.`id` = NEW.`day_id` AND p.`id` = NEW.`piece_id`
    ON CONFLICT (`piece_id`, `event_id`) DO UPDATE SET `days` = `days` + 1, `first_day` = min(`first_day`, excluded.`first_day`),
      `writer_id` = excluded.`writer_id`, `visible` = excluded.`visible`, `words` = excluded.`words`, `sort_date` = excluded.`sort_date`;
  UPDATE `event_pieces` SET `days` = `days` - 1,
      `first_day` = coalesce((SELECT min(d.`number`) FROM `fills` f JOIN `event_days` d ON d.`id` = f.`day_id`
        WHERE f.`piece_id` = NEW.`piece_id` AND f.`event_id` = NEW.`event_id` AND f.`id` <> NEW.`fill_id`), `first_day`)
    WHERE NEW.`sign` = -1 AND `piece_id` = NEW.`piece_id` AND `event_id` = NEW.`event_id`;
  DELETE FROM `event_pieces` WHERE NEW.`sign` = -1 AND `piece_id` = NEW.`piece_id` AND `event_id` = NEW.`event_id` AND `days` <= 0;
  INSERT INTO `event_writers` (`event_id`, `writer_id`, `days_posted`)
    SELECT NEW.`event_id`, NEW.`writer_id`, NEW.`sign`
    WHERE NEW.`posted` = 1 AND NOT EXISTS (SELECT 1 FROM `fills` WHERE `writer_id` = NEW.`writer_id` AND `day_id` = NEW.`day_id` AND `posted` = 1 AND `event_id` <> 0 AND `id` <> NEW.`fill_id`)
      AND (NEW.`sign` = 1 OR EXISTS (SELECT 1 FROM `event_writers` WHERE `event_id` = NEW.`event_id` AND `writer_id` = NEW.`writer_id`))
    ON CONFLICT (`event_id`, `writer_id`) DO UPDATE SET `days_posted` = `days_posted` + excluded.`days_posted`;
  DELETE FROM `event_writers` WHERE NEW.`sign` = -1 AND `event_id` = NEW.`event_id` AND `writer_id` = NEW.`writer_id` AND `days_posted` <= 0 AND `pieces_visible` <= 0;
  INSERT INTO `day_summaries` (`day_id`, `pieces`, `words`, `writers`)
    SELECT NEW.`day_id`, NEW.`sign` * NEW.`visible`, NEW.`sign` * NEW.`visible` * NEW.`words`,
      NEW.`sign` * (NEW.`visible` = 1 AND NOT EXISTS (SELECT 1 FROM `fills` WHERE `writer_id` = NEW.`writer_id` AND `day_id` = NEW.`day_id` AND `visible` = 1 AND `event_id` <> 0 AND `id` <> NEW.`fill_id`))
    WHERE NEW.`visible` = 1 AND (NEW.`sign` = 1 OR EXISTS (SELECT 1 FROM `event_days` WHERE `id` = NEW.`day_id`))
    ON CONFLICT (`day_id`) DO UPDATE SET `pieces` = `pieces` + excluded.`pieces`, `words` = `words` + excluded.`words`, `writers` = `writers` + excluded.`writers`;
  INSERT INTO `versions` (`scope`, `id`, `n`) VALUES ('event', NEW.`event_id`, 1), ('writer', NEW.`writer_id`, 1)
    ON CONFLICT (`scope`, `id`) DO UPDATE SET `n` = `n` + 1;
  DELETE FROM `fill_deltas` WHERE `rowid` = NEW.`rowid`;
END;
--> statement-breakpoint
CREATE TRIGGER `event_pieces_enter` AFTER INSERT ON `event_pieces` BEGIN
  INSERT INTO `event_piece_deltas` VALUES (1, NEW.`event_id`, NEW.`piece_id`, NEW.`writer_id`, NEW.`visible`, NEW.`words`);
END;
--> statement-breakpoint
CREATE TRIGGER `event_pieces_change` AFTER UPDATE ON `event_pieces`
WHEN OLD.`visible` IS NOT NEW.`visible` OR OLD.`words` IS NOT NEW.`words` OR OLD.`writer_id` IS NOT NEW.`writer_id`
BEGIN
  INSERT INTO `event_piece_deltas` VALUES (-1, OLD.`event_id`, OLD.`piece_id`, OLD.`writer_id`, OLD.`visible`, OLD.`words`);
  INSERT INTO `event_piece_deltas` VALUES (1, NEW.`event_id`, NEW.`piece_id`, NEW.`writer_id`, NEW.`visible`, NEW.`words`);
END;
--> statement-breakpoint
CREATE TRIGGER `event_pieces_gone` AFTER DELETE ON `event_pieces` BEGIN
  INSERT INTO `event_piece_deltas` VALUES (-1, OLD.`event_id`, OLD.`piece_id`, OLD.`writer_id`, OLD.`visible`, OLD.`words`);
END;
--> statement-breakpoint
-- A visible piece counts in its event's totals, its writer's visible pieces and its fandoms' counts.
CREATE TRIGGER `event_piece_deltas_apply` AFTER INSERT ON `event_piece_deltas` WHEN NEW.`visible` = 1 BEGIN
  UPDATE `event_summaries` SET `pieces` = `pieces` + NEW.`sign`, `words` = `words` + NEW.`sign` * NEW.`words`
    WHERE `event_id` = NEW.`event_id`;
  INSERT INTO `event_writers` (`event_id`, `writer_id`, `pieces_visible`)
    SELECT NEW.`event_id`, NEW.`writer_id`, NEW.`sign`
    WHERE NEW.`sign` = 1 OR EXISTS (SELECT 1 FROM `event_writers` WHERE `event_id` = NEW.`event_id` AND `writer_id` = NEW.`writer_id`)
    ON CONFLICT (`event_id`, `writer_id`) DO UPDATE SET `pieces_visible` = `pieces_visible` + excluded.`pieces_visible`;
  DELETE FROM `event_writers` WHERE NEW.`sign` = -1 AND `event_id` = NEW.`event_id` AND `writer_id` = NEW.`writer_id` AND `days_posted` <= 0 AND `pieces_visible` <= 0;
  INSERT INTO `event_fandoms` (`event_id`, `fandom`, `pieces`)
    SELECT DISTINCT NEW.`event_id`, `fandom`, 1 FROM `piece_fandoms` WHERE NEW.`sign` = 1 AND `piece_id` = NEW.`piece_id`
    ON CONFLICT (`event_id`, `fandom`) DO UPDATE SET `pieces` = `pieces` + 1;
  UPDATE `event_fandoms` SET `pieces` = `pieces` - 1
    WHERE NEW.`sign` = -1 AND `event_id` = NEW.`event_id` AND `fandom` IN (SELECT `fandom` FROM `piece_fandoms` WHERE `piece_id` = NEW.`piece_id`);
  DELETE FROM `event_fandoms` WHERE NEW.`sign` = -1 AND `event_id` = NEW.`event_id` AND `pieces` <= 0;
END;
--> statement-breakpoint
CREATE TRIGGER `event_piece_deltas_clear` AFTER INSERT ON `event_piece_deltas` BEGIN
  DELETE FROM `event_piece_deltas` WHERE `rowid` = NEW.`rowid`;
END;
--> statement-breakpoint
-- The event's count of writers with visible pieces follows event_writers' rows.
CREATE TRIGGER `event_writers_enter` AFTER INSERT ON `event_writers` WHEN NEW.`pieces_visible` > 0 BEGIN
  UPDATE `event_summaries` SET `writers` = `writers` + 1 WHERE `event_id` = NEW.`event_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `event_writers_change` AFTER UPDATE OF `pieces_visible` ON `event_writers`
WHEN (OLD.`pieces_visible` > 0) <> (NEW.`pieces_visible` > 0) BEGIN
  UPDATE `event_summaries` SET `writers` = `writers` + (NEW.`pieces_visible` > 0) - (OLD.`pieces_visible` > 0) WHERE `event_id` = NEW.`event_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `event_writers_gone` AFTER DELETE ON `event_writers` WHEN OLD.`pieces_visible` > 0 BEGIN
  UPDATE `event_summaries` SET `writers` = `writers` - 1 WHERE `event_id` = OLD.`event_id`;
END;
--> statement-breakpoint
-- A piece's own values reach its fills (and from them every summary); anything else about it
-- changes what its writer's and its events' pages show.
CREATE TRIGGER `pieces_copy` AFTER UPDATE ON `pieces` BEGIN
  UPDATE `fills` SET `writer_id` = NEW.`writer_id`, `posted` = NEW.`status` = 'posted',
    `visible` = NEW.`status` = 'posted' AND (SELECT `profile_public` FROM `writers` WHERE `id` = NEW.`writer_id`),
    `words` = NEW.`words`, `sort_date` = coalesce(NEW.`posted_on`, substr(NEW.`created_at`, 1, 10))
    WHERE `piece_id` = NEW.`id`;
  UPDATE `event_pieces` SET `rating` = NEW.`rating` WHERE `piece_id` = NEW.`id` AND `rating` IS NOT NEW.`rating`;
  INSERT INTO `versions` (`scope`, `id`, `n`)
    SELECT 'event', `event_id`, 1 FROM `event_pieces` WHERE `piece_id` = NEW.`id`
    UNION ALL SELECT 'writer', OLD.`writer_id`, 1 UNION ALL SELECT 'writer', NEW.`writer_id`, 1
    ON CONFLICT (`scope`, `id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `pieces_enter` AFTER INSERT ON `pieces` BEGIN
  INSERT INTO `versions` (`scope`, `id`, `n`) VALUES ('writer', NEW.`writer_id`, 1) ON CONFLICT (`scope`, `id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `pieces_gone` AFTER DELETE ON `pieces` BEGIN
  INSERT INTO `versions` (`scope`, `id`, `n`) VALUES ('writer', OLD.`writer_id`, 1) ON CONFLICT (`scope`, `id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `piece_fandoms_enter` AFTER INSERT ON `piece_fandoms` BEGIN
  INSERT INTO `event_fandoms` (`event_id`, `fandom`, `pieces`)
    SELECT `event_id`, NEW.`fandom`, 1 FROM `event_pieces` WHERE `piece_id` = NEW.`piece_id` AND `visible` = 1
      AND NOT EXISTS (SELECT 1 FROM `piece_fandoms` WHERE `piece_id` = NEW.`piece_id` AND `fandom` = NEW.`fandom` AND `position` <> NEW.`position`)
    ON CONFLICT (`event_id`, `fandom`) DO UPDATE SET `pieces` = `pieces` + 1;
  INSERT INTO `versions` (`scope`, `id`, `n`)
    SELECT 'event', `event_id`, 1 FROM `event_pieces` WHERE `piece_id` = NEW.`piece_id`
    UNION ALL SELECT 'writer', `writer_id`, 1 FROM `pieces` WHERE `id` = NEW.`piece_id`
    ON CONFLICT (`scope`, `id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `piece_fandoms_gone` AFTER DELETE ON `piece_fandoms` BEGIN
  UPDATE `event_fandoms` SET `pieces` = `pieces` - 1
    WHERE `fandom` = OLD.`fandom` AND `event_id` IN (SELECT `event_id` FROM `event_pieces` WHERE `piece_id` = OLD.`piece_id` AND `visible` = 1)
      AND NOT EXISTS (SELECT 1 FROM `piece_fandoms` WHERE `piece_id` = OLD.`piece_id` AND `fandom` = OLD.`fandom`);
  DELETE FROM `event_fandoms` WHERE `fandom` = OLD.`fandom` AND `pieces` <= 0
    AND `event_id` IN (SELECT `event_id` FROM `event_pieces` WHERE `piece_id` = OLD.`piece_id`);
  INSERT INTO `versions` (`scope`, `id`, `n`)
    SELECT 'event', `event_id`, 1 FROM `event_pieces` WHERE `piece_id` = OLD.`piece_id`
    UNION ALL SELECT 'writer', `writer_id`, 1 FROM `pieces` WHERE `id` = OLD.`piece_id`
    ON CONFLICT (`scope`, `id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
-- A writer's privacy reaches their fills; their name is on every event page that lists them.
CREATE TRIGGER `writers_copy` AFTER UPDATE OF `username`, `display_name`, `time_zone`, `week_start`, `is_admin`, `profile_public`, `show_streaks`, `squick_words` ON `writers` BEGIN
  UPDATE `fills` SET `visible` = `posted` AND NEW.`profile_public`
    WHERE `writer_id` = NEW.`id` AND OLD.`profile_public` IS NOT NEW.`profile_public`;
  INSERT INTO `versions` (`scope`, `id`, `n`)
    SELECT 'event', `event_id`, 1 FROM `event_writers` WHERE `writer_id` = NEW.`id`
      AND (OLD.`display_name` IS NOT NEW.`display_name` OR OLD.`username` IS NOT NEW.`username`)
    UNION ALL SELECT 'writer', NEW.`id`, 1
    ON CONFLICT (`scope`, `id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `events_enter` AFTER INSERT ON `events` BEGIN
  INSERT INTO `event_summaries` (`event_id`) VALUES (NEW.`id`);
  INSERT INTO `versions` (`scope`, `id`, `n`) VALUES ('events', 0, 1) ON CONFLICT (`scope`, `id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `events_change` AFTER UPDATE ON `events` BEGIN
  INSERT INTO `versions` (`scope`, `id`, `n`) VALUES ('event', NEW.`id`, 1), ('events', 0, 1) ON CONFLICT (`scope`, `id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `events_gone` AFTER DELETE ON `events` BEGIN
  DELETE FROM `event_summaries` WHERE `event_id` = OLD.`id`;
  DELETE FROM `event_fandoms` WHERE `event_id` = OLD.`id`;
  DELETE FROM `event_writers` WHERE `event_id` = OLD.`id`;
  DELETE FROM `event_pieces` WHERE `event_id` = OLD.`id`;
  INSERT INTO `versions` (`scope`, `id`, `n`) VALUES ('event', OLD.`id`, 1), ('events', 0, 1) ON CONFLICT (`scope`, `id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `event_days_enter` AFTER INSERT ON `event_days` BEGIN
  UPDATE `event_summaries` SET `days` = `days` + 1 WHERE `event_id` = NEW.`event_id`;
  INSERT INTO `versions` (`scope`, `id`, `n`) VALUES ('event', NEW.`event_id`, 1), ('events', 0, 1) ON CONFLICT (`scope`, `id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `event_days_change` AFTER UPDATE ON `event_days` BEGIN
  INSERT INTO `versions` (`scope`, `id`, `n`) VALUES ('event', NEW.`event_id`, 1), ('events', 0, 1) ON CONFLICT (`scope`, `id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `event_days_gone` AFTER DELETE ON `event_days` BEGIN
  UPDATE `event_summaries` SET `days` = `days` - 1 WHERE `event_id` = OLD.`event_id`;
  DELETE FROM `day_summaries` WHERE `day_id` = OLD.`id`;
  INSERT INTO `versions` (`scope`, `id`, `n`) VALUES ('event', OLD.`event_id`, 1), ('events', 0, 1) ON CONFLICT (`scope`, `id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `prompts_enter` AFTER INSERT ON `prompts` BEGIN
  INSERT INTO `versions` (`scope`, `id`, `n`) SELECT 'event', `event_id`, 1 FROM `event_days` WHERE `id` = NEW.`day_id`
    UNION ALL SELECT 'events', 0, 1 ON CONFLICT (`scope`, `id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `prompts_change` AFTER UPDATE ON `prompts` BEGIN
  INSERT INTO `versions` (`scope`, `id`, `n`) SELECT 'event', `event_id`, 1 FROM `event_days` WHERE `id` IN (OLD.`day_id`, NEW.`day_id`)
    UNION ALL SELECT 'events', 0, 1 ON CONFLICT (`scope`, `id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `prompts_gone` AFTER DELETE ON `prompts` BEGIN
  INSERT INTO `versions` (`scope`, `id`, `n`) SELECT 'event', `event_id`, 1 FROM `event_days` WHERE `id` = OLD.`day_id`
    UNION ALL SELECT 'events', 0, 1 ON CONFLICT (`scope`, `id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `alternates_enter` AFTER INSERT ON `alternates` BEGIN
  INSERT INTO `versions` (`scope`, `id`, `n`) VALUES ('event', NEW.`event_id`, 1) ON CONFLICT (`scope`, `id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `alternates_change` AFTER UPDATE ON `alternates` BEGIN
  INSERT INTO `versions` (`scope`, `id`, `n`) VALUES ('event', NEW.`event_id`, 1) ON CONFLICT (`scope`, `id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `alternates_gone` AFTER DELETE ON `alternates` BEGIN
  INSERT INTO `versions` (`scope`, `id`, `n`) VALUES ('event', OLD.`event_id`, 1) ON CONFLICT (`scope`, `id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
-- What else a writer's own pages show: word logs, goals, memberships, which prompts their fills used.
CREATE TRIGGER `word_logs_enter` AFTER INSERT ON `word_logs` BEGIN
  INSERT INTO `versions` (`scope`, `id`, `n`) VALUES ('writer', NEW.`writer_id`, 1) ON CONFLICT (`scope`, `id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `word_logs_change` AFTER UPDATE ON `word_logs` BEGIN
  INSERT INTO `versions` (`scope`, `id`, `n`) VALUES ('writer', OLD.`writer_id`, 1), ('writer', NEW.`writer_id`, 1) ON CONFLICT (`scope`, `id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `word_logs_gone` AFTER DELETE ON `word_logs` BEGIN
  INSERT INTO `versions` (`scope`, `id`, `n`) VALUES ('writer', OLD.`writer_id`, 1) ON CONFLICT (`scope`, `id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `goals_enter` AFTER INSERT ON `goals` BEGIN
  INSERT INTO `versions` (`scope`, `id`, `n`) VALUES ('writer', NEW.`writer_id`, 1) ON CONFLICT (`scope`, `id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `goals_change` AFTER UPDATE ON `goals` BEGIN
  INSERT INTO `versions` (`scope`, `id`, `n`) VALUES ('writer', OLD.`writer_id`, 1), ('writer', NEW.`writer_id`, 1) ON CONFLICT (`scope`, `id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `goals_gone` AFTER DELETE ON `goals` BEGIN
  INSERT INTO `versions` (`scope`, `id`, `n`) VALUES ('writer', OLD.`writer_id`, 1) ON CONFLICT (`scope`, `id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `event_members_enter` AFTER INSERT ON `event_members` BEGIN
  INSERT INTO `versions` (`scope`, `id`, `n`) VALUES ('writer', NEW.`writer_id`, 1) ON CONFLICT (`scope`, `id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `event_members_change` AFTER UPDATE ON `event_members` BEGIN
  INSERT INTO `versions` (`scope`, `id`, `n`) VALUES ('writer', OLD.`writer_id`, 1), ('writer', NEW.`writer_id`, 1) ON CONFLICT (`scope`, `id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `event_members_gone` AFTER DELETE ON `event_members` BEGIN
  INSERT INTO `versions` (`scope`, `id`, `n`) VALUES ('writer', OLD.`writer_id`, 1) ON CONFLICT (`scope`, `id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `fill_prompts_enter` AFTER INSERT ON `fill_prompts` BEGIN
  INSERT INTO `versions` (`scope`, `id`, `n`) SELECT 'event', `event_id`, 1 FROM `fills` WHERE `id` = NEW.`fill_id`
    UNION ALL SELECT 'writer', `writer_id`, 1 FROM `fills` WHERE `id` = NEW.`fill_id`
    ON CONFLICT (`scope`, `id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `fill_prompts_gone` AFTER DELETE ON `fill_prompts` BEGIN
  INSERT INTO `versions` (`scope`, `id`, `n`) SELECT 'event', `event_id`, 1 FROM `fills` WHERE `id` = OLD.`fill_id`
    UNION ALL SELECT 'writer', `writer_id`, 1 FROM `fills` WHERE `id` = OLD.`fill_id`
    ON CONFLICT (`scope`, `id`) DO UPDATE SET `n` = `n` + 1;
END;
