CREATE TABLE `writer_dates` (
	`writer_id` integer NOT NULL,
	`date` text NOT NULL,
	`words` integer NOT NULL,
	`word_rows` integer NOT NULL,
	`fills` integer NOT NULL,
	PRIMARY KEY(`writer_id`, `date`)
);
--> statement-breakpoint
CREATE TABLE `writer_days` (
	`writer_id` integer NOT NULL,
	`day_id` integer NOT NULL,
	`event_id` integer NOT NULL,
	`posted` integer NOT NULL,
	`drafts` integer NOT NULL,
	`on_time` integer NOT NULL,
	`last_posted_on` text,
	`min_words` integer,
	`max_words` integer,
	`max_prompts` integer,
	PRIMARY KEY(`writer_id`, `day_id`)
);
--> statement-breakpoint
CREATE TABLE `writer_fandoms` (
	`writer_id` integer NOT NULL,
	`fandom` text NOT NULL,
	`pieces` integer DEFAULT 0 NOT NULL,
	`fills` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`writer_id`, `fandom`)
);
--> statement-breakpoint
CREATE INDEX `writer_fandoms_most_pieces` ON `writer_fandoms` (`writer_id`,"pieces" desc,`fandom`);--> statement-breakpoint
CREATE INDEX `writer_fandoms_most_fills` ON `writer_fandoms` (`writer_id`,"fills" desc,`fandom`);--> statement-breakpoint
ALTER TABLE `piece_fandoms` ADD `writer_id` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `pieces_writer_logged` ON `pieces` (`writer_id`,`id`);
--> statement-breakpoint
-- A writer's own summaries, kept by triggers like those of 0008: one row per writer and event day
-- (the calendar's cells and rule marks), per writer and date (words and days filled, for charts,
-- streaks and progress) and per writer and fandom (the collection's filter, the stats' bars). The
-- first two are computed again from that writer's rows of that day or date on each change (a few
-- rows, read through (writer, day): the CROSS JOIN keeps SQLite from reading all of the day's
-- fills); the fandoms' counts move by deltas against what is there now, so a cascade may delete a
-- piece's fills and fandoms in either order.
UPDATE `piece_fandoms` SET `writer_id` = (SELECT `writer_id` FROM `pieces` WHERE `id` = `piece_fandoms`.`piece_id`);
--> statement-breakpoint
INSERT INTO `writer_days` (`writer_id`, `day_id`, `event_id`, `posted`, `drafts`, `on_time`, `last_posted_on`, `min_words`, `max_words`, `max_prompts`)
  SELECT f.`writer_id`, f.`day_id`, f.`event_id`, sum(p.`status` = 'posted'), sum(p.`status` <> 'posted'),
    sum(p.`status` = 'posted' AND (p.`posted_on` IS NULL OR p.`posted_on` <= d.`date`)),
    max(CASE WHEN p.`status` = 'posted' THEN p.`posted_on` END),
    min(CASE WHEN p.`status` = 'posted' THEN p.`words` END), max(CASE WHEN p.`status` = 'posted' THEN p.`words` END),
    max(CASE WHEN p.`status` = 'posted' THEN c.`prompts` END)
  FROM `fills` f JOIN `pieces` p ON p.`id` = f.`piece_id` JOIN `event_days` d ON d.`id` = f.`day_id`
    JOIN (SELECT g.`piece_id`, g.`event_id`, sum(max(1, coalesce(n.`n`, 0))) AS `prompts` FROM `fills` g
      LEFT JOIN (SELECT `fill_id`, count(*) AS `n` FROM `fill_prompts` GROUP BY `fill_id`) n ON n.`fill_id` = g.`id`
      GROUP BY g.`piece_id`, g.`event_id`) c ON c.`piece_id` = f.`piece_id` AND c.`event_id` = f.`event_id`
  WHERE f.`event_id` <> 0
  GROUP BY f.`writer_id`, f.`day_id`;
--> statement-breakpoint
INSERT INTO `writer_dates` (`writer_id`, `date`, `words`, `word_rows`, `fills`)
  SELECT `writer_id`, `date`, sum(`words`), sum(`rows`), sum(`fills`) FROM (
    SELECT `writer_id`, `date`, `words`, 1 AS `rows`, 0 AS `fills` FROM `word_logs`
    UNION ALL
    SELECT p.`writer_id`, p.`posted_on`, p.`words`, 1, 0 FROM `pieces` p
      WHERE p.`status` = 'posted' AND p.`posted_on` IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM `word_logs` x WHERE x.`writer_id` = p.`writer_id` AND x.`piece_id` = p.`id`)
    UNION ALL
    SELECT p.`writer_id`, p.`posted_on`, 0, 0, count(DISTINCT f.`day_id`) FROM `fills` f JOIN `pieces` p ON p.`id` = f.`piece_id`
      WHERE p.`status` = 'posted' AND p.`posted_on` IS NOT NULL GROUP BY p.`writer_id`, p.`posted_on`
  ) GROUP BY `writer_id`, `date`;
--> statement-breakpoint
INSERT INTO `writer_fandoms` (`writer_id`, `fandom`, `pieces`, `fills`)
  SELECT pf.`writer_id`, pf.`fandom`, count(*), sum((SELECT count(*) FROM `fills` f WHERE f.`piece_id` = pf.`piece_id` AND f.`posted` = 1 AND f.`event_id` <> 0))
  FROM (SELECT DISTINCT `writer_id`, `piece_id`, `fandom` FROM `piece_fandoms`) pf
  GROUP BY pf.`writer_id`, pf.`fandom`;
--> statement-breakpoint
-- A fill moved to another day or writer (only by hand in SQL): both days, and the piece's days of
-- the event, are computed again, since the prompts it combines count over all of them.
CREATE TRIGGER `fills_writer_summaries` AFTER UPDATE ON `fills`
WHEN OLD.`event_id` <> 0 AND (OLD.`event_id` IS NOT NEW.`event_id` OR OLD.`writer_id` IS NOT NEW.`writer_id` OR OLD.`day_id` IS NOT NEW.`day_id`)
BEGIN
  DELETE FROM `writer_days` WHERE (`writer_id`, `day_id`) IN (SELECT OLD.`writer_id`, OLD.`day_id`);
  INSERT INTO `writer_days` (`writer_id`, `day_id`, `event_id`, `posted`, `drafts`, `on_time`, `last_posted_on`, `min_words`, `max_words`, `max_prompts`)
    SELECT f.`writer_id`, f.`day_id`, f.`event_id`, sum(p.`status` = 'posted'), sum(p.`status` <> 'posted'),
      sum(p.`status` = 'posted' AND (p.`posted_on` IS NULL OR p.`posted_on` <= d.`date`)),
      max(CASE WHEN p.`status` = 'posted' THEN p.`posted_on` END),
      min(CASE WHEN p.`status` = 'posted' THEN p.`words` END), max(CASE WHEN p.`status` = 'posted' THEN p.`words` END),
      max(CASE WHEN p.`status` = 'posted' THEN (SELECT sum(max(1, (SELECT count(*) FROM `fill_prompts` fp WHERE fp.`fill_id` = g.`id`)))
        FROM `fills` g WHERE g.`piece_id` = f.`piece_id` AND g.`event_id` = f.`event_id`) END)
    FROM (SELECT OLD.`writer_id` AS `writer_id`, OLD.`day_id` AS `day_id`) s
      CROSS JOIN `fills` f ON f.`writer_id` = s.`writer_id` AND f.`day_id` = s.`day_id`
      JOIN `pieces` p ON p.`id` = f.`piece_id` JOIN `event_days` d ON d.`id` = f.`day_id`
    WHERE f.`event_id` <> 0
    GROUP BY f.`writer_id`, f.`day_id`;
  DELETE FROM `writer_days` WHERE (`writer_id`, `day_id`) IN (SELECT `writer_id`, `day_id` FROM `fills` WHERE `piece_id` = NEW.`piece_id` AND `event_id` = NEW.`event_id`);
  INSERT INTO `writer_days` (`writer_id`, `day_id`, `event_id`, `posted`, `drafts`, `on_time`, `last_posted_on`, `min_words`, `max_words`, `max_prompts`)
    SELECT f.`writer_id`, f.`day_id`, f.`event_id`, sum(p.`status` = 'posted'), sum(p.`status` <> 'posted'),
      sum(p.`status` = 'posted' AND (p.`posted_on` IS NULL OR p.`posted_on` <= d.`date`)),
      max(CASE WHEN p.`status` = 'posted' THEN p.`posted_on` END),
      min(CASE WHEN p.`status` = 'posted' THEN p.`words` END), max(CASE WHEN p.`status` = 'posted' THEN p.`words` END),
      max(CASE WHEN p.`status` = 'posted' THEN (SELECT sum(max(1, (SELECT count(*) FROM `fill_prompts` fp WHERE fp.`fill_id` = g.`id`)))
        FROM `fills` g WHERE g.`piece_id` = f.`piece_id` AND g.`event_id` = f.`event_id`) END)
    FROM (SELECT DISTINCT `writer_id`, `day_id` FROM `fills` WHERE `piece_id` = NEW.`piece_id` AND `event_id` = NEW.`event_id`) s
      CROSS JOIN `fills` f ON f.`writer_id` = s.`writer_id` AND f.`day_id` = s.`day_id`
      JOIN `pieces` p ON p.`id` = f.`piece_id` JOIN `event_days` d ON d.`id` = f.`day_id`
    WHERE f.`event_id` <> 0
    GROUP BY f.`writer_id`, f.`day_id`;
  DELETE FROM `writer_dates` WHERE `writer_id` = OLD.`writer_id` AND `date` = OLD.`sort_date`;
  INSERT INTO `writer_dates` (`writer_id`, `date`, `words`, `word_rows`, `fills`)
    SELECT OLD.`writer_id`, OLD.`sort_date`, l.`w` + u.`w`, l.`n` + u.`n`, fl.`n`
    FROM (SELECT coalesce(sum(`words`), 0) AS `w`, count(*) AS `n` FROM `word_logs` WHERE `writer_id` = OLD.`writer_id` AND `date` = OLD.`sort_date`) l,
      (SELECT coalesce(sum(p.`words`), 0) AS `w`, count(*) AS `n` FROM `pieces` p
        WHERE p.`writer_id` = OLD.`writer_id` AND p.`status` = 'posted' AND p.`posted_on` = OLD.`sort_date`
          AND NOT EXISTS (SELECT 1 FROM `word_logs` x WHERE x.`writer_id` = p.`writer_id` AND x.`piece_id` = p.`id`)) u,
      (SELECT count(DISTINCT f.`day_id`) AS `n` FROM `pieces` q JOIN `fills` f ON f.`piece_id` = q.`id`
        WHERE q.`writer_id` = OLD.`writer_id` AND q.`status` = 'posted' AND q.`posted_on` = OLD.`sort_date`) fl
    WHERE OLD.`sort_date` IS NOT NULL AND l.`n` + u.`n` + fl.`n` > 0;
  DELETE FROM `writer_dates` WHERE `writer_id` = NEW.`writer_id` AND `date` = NEW.`sort_date`;
  INSERT INTO `writer_dates` (`writer_id`, `date`, `words`, `word_rows`, `fills`)
    SELECT NEW.`writer_id`, NEW.`sort_date`, l.`w` + u.`w`, l.`n` + u.`n`, fl.`n`
    FROM (SELECT coalesce(sum(`words`), 0) AS `w`, count(*) AS `n` FROM `word_logs` WHERE `writer_id` = NEW.`writer_id` AND `date` = NEW.`sort_date`) l,
      (SELECT coalesce(sum(p.`words`), 0) AS `w`, count(*) AS `n` FROM `pieces` p
        WHERE p.`writer_id` = NEW.`writer_id` AND p.`status` = 'posted' AND p.`posted_on` = NEW.`sort_date`
          AND NOT EXISTS (SELECT 1 FROM `word_logs` x WHERE x.`writer_id` = p.`writer_id` AND x.`piece_id` = p.`id`)) u,
      (SELECT count(DISTINCT f.`day_id`) AS `n` FROM `pieces` q JOIN `fills` f ON f.`piece_id` = q.`id`
        WHERE q.`writer_id` = NEW.`writer_id` AND q.`status` = 'posted' AND q.`posted_on` = NEW.`sort_date`) fl
    WHERE NEW.`sort_date` IS NOT NULL AND l.`n` + u.`n` + fl.`n` > 0;
  UPDATE `writer_fandoms` SET `fills` = `fills` - 1
    WHERE OLD.`posted` = 1 AND OLD.`event_id` <> 0 AND `writer_id` = OLD.`writer_id`
      AND `fandom` IN (SELECT `fandom` FROM `piece_fandoms` WHERE `piece_id` = OLD.`piece_id`);
  UPDATE `writer_fandoms` SET `fills` = `fills` + 1
    WHERE NEW.`posted` = 1 AND NEW.`event_id` <> 0 AND `writer_id` = NEW.`writer_id`
      AND `fandom` IN (SELECT `fandom` FROM `piece_fandoms` WHERE `piece_id` = NEW.`piece_id`);
END;
--> statement-breakpoint
-- A new fill (its copies just made by the insert's own update) only adds to what is there: its
-- writer's day counts one more fill and widens its extremes; its piece combines one more prompt on
-- its other days; its date may count one more day filled; its fandoms one more fill. The common
-- write costs a few index probes, whatever the writer's day already holds.
CREATE TRIGGER `fills_enter_writer_summaries` AFTER UPDATE ON `fills`
WHEN OLD.`event_id` = 0 AND NEW.`event_id` <> 0
BEGIN
  INSERT INTO `writer_days` (`writer_id`, `day_id`, `event_id`, `posted`, `drafts`, `on_time`, `last_posted_on`, `min_words`, `max_words`, `max_prompts`)
    SELECT NEW.`writer_id`, NEW.`day_id`, NEW.`event_id`, p.`status` = 'posted', p.`status` <> 'posted',
      p.`status` = 'posted' AND (p.`posted_on` IS NULL OR p.`posted_on` <= d.`date`),
      CASE WHEN p.`status` = 'posted' THEN p.`posted_on` END,
      CASE WHEN p.`status` = 'posted' THEN p.`words` END, CASE WHEN p.`status` = 'posted' THEN p.`words` END,
      CASE WHEN p.`status` = 'posted' THEN (SELECT sum(max(1, (SELECT count(*) FROM `fill_prompts` fp WHERE fp.`fill_id` = g.`id`))) FROM `fills` g WHERE g.`piece_id` = NEW.`piece_id` AND g.`event_id` = NEW.`event_id`) END
    FROM `pieces` p, `event_days` d WHERE p.`id` = NEW.`piece_id` AND d.`id` = NEW.`day_id`
    ON CONFLICT (`writer_id`, `day_id`) DO UPDATE SET `posted` = `posted` + excluded.`posted`,
      `drafts` = `drafts` + excluded.`drafts`, `on_time` = `on_time` + excluded.`on_time`,
      `last_posted_on` = CASE WHEN `last_posted_on` IS NULL THEN excluded.`last_posted_on` WHEN excluded.`last_posted_on` IS NULL THEN `last_posted_on` ELSE max(`last_posted_on`, excluded.`last_posted_on`) END,
      `min_words` = CASE WHEN `min_words` IS NULL THEN excluded.`min_words` WHEN excluded.`min_words` IS NULL THEN `min_words` ELSE min(`min_words`, excluded.`min_words`) END,
      `max_words` = CASE WHEN `max_words` IS NULL THEN excluded.`max_words` WHEN excluded.`max_words` IS NULL THEN `max_words` ELSE max(`max_words`, excluded.`max_words`) END,
      `max_prompts` = CASE WHEN `max_prompts` IS NULL THEN excluded.`max_prompts` WHEN excluded.`max_prompts` IS NULL THEN `max_prompts` ELSE max(`max_prompts`, excluded.`max_prompts`) END;
  UPDATE `writer_days` SET `max_prompts` = CASE WHEN `max_prompts` IS NULL THEN (SELECT sum(max(1, (SELECT count(*) FROM `fill_prompts` fp WHERE fp.`fill_id` = g.`id`))) FROM `fills` g WHERE g.`piece_id` = NEW.`piece_id` AND g.`event_id` = NEW.`event_id`) WHEN (SELECT sum(max(1, (SELECT count(*) FROM `fill_prompts` fp WHERE fp.`fill_id` = g.`id`))) FROM `fills` g WHERE g.`piece_id` = NEW.`piece_id` AND g.`event_id` = NEW.`event_id`) IS NULL THEN `max_prompts` ELSE max(`max_prompts`, (SELECT sum(max(1, (SELECT count(*) FROM `fill_prompts` fp WHERE fp.`fill_id` = g.`id`))) FROM `fills` g WHERE g.`piece_id` = NEW.`piece_id` AND g.`event_id` = NEW.`event_id`)) END
    WHERE NEW.`posted` = 1 AND (`writer_id`, `day_id`) IN
      (SELECT `writer_id`, `day_id` FROM `fills` WHERE `piece_id` = NEW.`piece_id` AND `event_id` = NEW.`event_id` AND `id` <> NEW.`id`);
  INSERT INTO `writer_dates` (`writer_id`, `date`, `words`, `word_rows`, `fills`)
    SELECT NEW.`writer_id`, p.`posted_on`, 0, 0, 1 FROM `pieces` p
    WHERE p.`id` = NEW.`piece_id` AND p.`status` = 'posted' AND p.`posted_on` IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM `fills` f JOIN `pieces` q ON q.`id` = f.`piece_id`
        WHERE f.`writer_id` = NEW.`writer_id` AND f.`day_id` = NEW.`day_id` AND f.`id` <> NEW.`id`
          AND q.`status` = 'posted' AND q.`posted_on` = p.`posted_on`)
    ON CONFLICT (`writer_id`, `date`) DO UPDATE SET `fills` = `fills` + 1;
  UPDATE `writer_fandoms` SET `fills` = `fills` + 1
    WHERE NEW.`posted` = 1 AND `writer_id` = NEW.`writer_id`
      AND `fandom` IN (SELECT `fandom` FROM `piece_fandoms` WHERE `piece_id` = NEW.`piece_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `fills_posted_writer_fandoms` AFTER UPDATE OF `posted` ON `fills`
WHEN OLD.`posted` IS NOT NEW.`posted` AND OLD.`event_id` IS NEW.`event_id` AND OLD.`writer_id` IS NEW.`writer_id` AND NEW.`event_id` <> 0
BEGIN
  UPDATE `writer_fandoms` SET `fills` = `fills` + NEW.`posted` - OLD.`posted`
    WHERE `writer_id` = NEW.`writer_id` AND `fandom` IN (SELECT `fandom` FROM `piece_fandoms` WHERE `piece_id` = NEW.`piece_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `fills_gone_writer_summaries` AFTER DELETE ON `fills` WHEN OLD.`event_id` <> 0 BEGIN
  DELETE FROM `writer_days` WHERE (`writer_id`, `day_id`) IN (SELECT OLD.`writer_id`, OLD.`day_id`);
  INSERT INTO `writer_days` (`writer_id`, `day_id`, `event_id`, `posted`, `drafts`, `on_time`, `last_posted_on`, `min_words`, `max_words`, `max_prompts`)
    SELECT f.`writer_id`, f.`day_id`, f.`event_id`, sum(p.`status` = 'posted'), sum(p.`status` <> 'posted'),
      sum(p.`status` = 'posted' AND (p.`posted_on` IS NULL OR p.`posted_on` <= d.`date`)),
      max(CASE WHEN p.`status` = 'posted' THEN p.`posted_on` END),
      min(CASE WHEN p.`status` = 'posted' THEN p.`words` END), max(CASE WHEN p.`status` = 'posted' THEN p.`words` END),
      max(CASE WHEN p.`status` = 'posted' THEN (SELECT sum(max(1, (SELECT count(*) FROM `fill_prompts` fp WHERE fp.`fill_id` = g.`id`)))
        FROM `fills` g WHERE g.`piece_id` = f.`piece_id` AND g.`event_id` = f.`event_id`) END)
    FROM (SELECT OLD.`writer_id` AS `writer_id`, OLD.`day_id` AS `day_id`) s
      CROSS JOIN `fills` f ON f.`writer_id` = s.`writer_id` AND f.`day_id` = s.`day_id`
      JOIN `pieces` p ON p.`id` = f.`piece_id` JOIN `event_days` d ON d.`id` = f.`day_id`
    WHERE f.`event_id` <> 0
    GROUP BY f.`writer_id`, f.`day_id`;
  DELETE FROM `writer_days` WHERE (`writer_id`, `day_id`) IN (SELECT `writer_id`, `day_id` FROM `fills` WHERE `piece_id` = OLD.`piece_id` AND `event_id` = OLD.`event_id`);
  INSERT INTO `writer_days` (`writer_id`, `day_id`, `event_id`, `posted`, `drafts`, `on_time`, `last_posted_on`, `min_words`, `max_words`, `max_prompts`)
    SELECT f.`writer_id`, f.`day_id`, f.`event_id`, sum(p.`status` = 'posted'), sum(p.`status` <> 'posted'),
      sum(p.`status` = 'posted' AND (p.`posted_on` IS NULL OR p.`posted_on` <= d.`date`)),
      max(CASE WHEN p.`status` = 'posted' THEN p.`posted_on` END),
      min(CASE WHEN p.`status` = 'posted' THEN p.`words` END), max(CASE WHEN p.`status` = 'posted' THEN p.`words` END),
      max(CASE WHEN p.`status` = 'posted' THEN (SELECT sum(max(1, (SELECT count(*) FROM `fill_prompts` fp WHERE fp.`fill_id` = g.`id`)))
        FROM `fills` g WHERE g.`piece_id` = f.`piece_id` AND g.`event_id` = f.`event_id`) END)
    FROM (SELECT DISTINCT `writer_id`, `day_id` FROM `fills` WHERE `piece_id` = OLD.`piece_id` AND `event_id` = OLD.`event_id`) s
      CROSS JOIN `fills` f ON f.`writer_id` = s.`writer_id` AND f.`day_id` = s.`day_id`
      JOIN `pieces` p ON p.`id` = f.`piece_id` JOIN `event_days` d ON d.`id` = f.`day_id`
    WHERE f.`event_id` <> 0
    GROUP BY f.`writer_id`, f.`day_id`;
  DELETE FROM `writer_dates` WHERE `writer_id` = OLD.`writer_id` AND `date` = OLD.`sort_date`;
  INSERT INTO `writer_dates` (`writer_id`, `date`, `words`, `word_rows`, `fills`)
    SELECT OLD.`writer_id`, OLD.`sort_date`, l.`w` + u.`w`, l.`n` + u.`n`, fl.`n`
    FROM (SELECT coalesce(sum(`words`), 0) AS `w`, count(*) AS `n` FROM `word_logs` WHERE `writer_id` = OLD.`writer_id` AND `date` = OLD.`sort_date`) l,
      (SELECT coalesce(sum(p.`words`), 0) AS `w`, count(*) AS `n` FROM `pieces` p
        WHERE p.`writer_id` = OLD.`writer_id` AND p.`status` = 'posted' AND p.`posted_on` = OLD.`sort_date`
          AND NOT EXISTS (SELECT 1 FROM `word_logs` x WHERE x.`writer_id` = p.`writer_id` AND x.`piece_id` = p.`id`)) u,
      (SELECT count(DISTINCT f.`day_id`) AS `n` FROM `pieces` q JOIN `fills` f ON f.`piece_id` = q.`id`
        WHERE q.`writer_id` = OLD.`writer_id` AND q.`status` = 'posted' AND q.`posted_on` = OLD.`sort_date`) fl
    WHERE OLD.`sort_date` IS NOT NULL AND l.`n` + u.`n` + fl.`n` > 0;
  UPDATE `writer_fandoms` SET `fills` = `fills` - 1
    WHERE OLD.`posted` = 1 AND `writer_id` = OLD.`writer_id`
      AND `fandom` IN (SELECT `fandom` FROM `piece_fandoms` WHERE `piece_id` = OLD.`piece_id`);
  DELETE FROM `writer_fandoms` WHERE `writer_id` = OLD.`writer_id` AND `pieces` <= 0 AND `fills` <= 0;
END;
--> statement-breakpoint
-- The prompts a fill names change how many its piece combines on each of its days of the event:
-- one more only raises the most a day's pieces combine; one fewer computes the days again.
CREATE TRIGGER `fill_prompts_writer_days` AFTER INSERT ON `fill_prompts` BEGIN
  UPDATE `writer_days` SET `max_prompts` = CASE WHEN `max_prompts` IS NULL THEN (SELECT sum(max(1, (SELECT count(*) FROM `fill_prompts` fp WHERE fp.`fill_id` = g.`id`))) FROM `fills` g WHERE g.`piece_id` = (SELECT `piece_id` FROM `fills` WHERE `id` = NEW.`fill_id`) AND g.`event_id` = (SELECT `event_id` FROM `fills` WHERE `id` = NEW.`fill_id`)) WHEN (SELECT sum(max(1, (SELECT count(*) FROM `fill_prompts` fp WHERE fp.`fill_id` = g.`id`))) FROM `fills` g WHERE g.`piece_id` = (SELECT `piece_id` FROM `fills` WHERE `id` = NEW.`fill_id`) AND g.`event_id` = (SELECT `event_id` FROM `fills` WHERE `id` = NEW.`fill_id`)) IS NULL THEN `max_prompts` ELSE max(`max_prompts`, (SELECT sum(max(1, (SELECT count(*) FROM `fill_prompts` fp WHERE fp.`fill_id` = g.`id`))) FROM `fills` g WHERE g.`piece_id` = (SELECT `piece_id` FROM `fills` WHERE `id` = NEW.`fill_id`) AND g.`event_id` = (SELECT `event_id` FROM `fills` WHERE `id` = NEW.`fill_id`))) END
    WHERE (SELECT p.`status` = 'posted' FROM `pieces` p WHERE p.`id` = (SELECT `piece_id` FROM `fills` WHERE `id` = NEW.`fill_id`))
      AND (`writer_id`, `day_id`) IN (SELECT `writer_id`, `day_id` FROM `fills` WHERE `piece_id` = (SELECT `piece_id` FROM `fills` WHERE `id` = NEW.`fill_id`) AND `event_id` = (SELECT `event_id` FROM `fills` WHERE `id` = NEW.`fill_id`));
END;
--> statement-breakpoint
CREATE TRIGGER `fill_prompts_gone_writer_days` AFTER DELETE ON `fill_prompts` BEGIN
  DELETE FROM `writer_days` WHERE (`writer_id`, `day_id`) IN (SELECT `writer_id`, `day_id` FROM `fills` WHERE `piece_id` = (SELECT `piece_id` FROM `fills` WHERE `id` = OLD.`fill_id`) AND `event_id` = (SELECT `event_id` FROM `fills` WHERE `id` = OLD.`fill_id`));
  INSERT INTO `writer_days` (`writer_id`, `day_id`, `event_id`, `posted`, `drafts`, `on_time`, `last_posted_on`, `min_words`, `max_words`, `max_prompts`)
    SELECT f.`writer_id`, f.`day_id`, f.`event_id`, sum(p.`status` = 'posted'), sum(p.`status` <> 'posted'),
      sum(p.`status` = 'posted' AND (p.`posted_on` IS NULL OR p.`posted_on` <= d.`date`)),
      max(CASE WHEN p.`status` = 'posted' THEN p.`posted_on` END),
      min(CASE WHEN p.`status` = 'posted' THEN p.`words` END), max(CASE WHEN p.`status` = 'posted' THEN p.`words` END),
      max(CASE WHEN p.`status` = 'posted' THEN (SELECT sum(max(1, (SELECT count(*) FROM `fill_prompts` fp WHERE fp.`fill_id` = g.`id`)))
        FROM `fills` g WHERE g.`piece_id` = f.`piece_id` AND g.`event_id` = f.`event_id`) END)
    FROM (SELECT DISTINCT `writer_id`, `day_id` FROM `fills` WHERE `piece_id` = (SELECT `piece_id` FROM `fills` WHERE `id` = OLD.`fill_id`) AND `event_id` = (SELECT `event_id` FROM `fills` WHERE `id` = OLD.`fill_id`)) s
      CROSS JOIN `fills` f ON f.`writer_id` = s.`writer_id` AND f.`day_id` = s.`day_id`
      JOIN `pieces` p ON p.`id` = f.`piece_id` JOIN `event_days` d ON d.`id` = f.`day_id`
    WHERE f.`event_id` <> 0
    GROUP BY f.`writer_id`, f.`day_id`;
END;
--> statement-breakpoint
-- A piece's status, date and words: its days, and its writer's dates before and after.
CREATE TRIGGER `pieces_writer_summaries` AFTER UPDATE OF `status`, `posted_on`, `words`, `writer_id` ON `pieces` BEGIN
  DELETE FROM `writer_days` WHERE (`writer_id`, `day_id`) IN (SELECT `writer_id`, `day_id` FROM `fills` WHERE `piece_id` = NEW.`id`);
  INSERT INTO `writer_days` (`writer_id`, `day_id`, `event_id`, `posted`, `drafts`, `on_time`, `last_posted_on`, `min_words`, `max_words`, `max_prompts`)
    SELECT f.`writer_id`, f.`day_id`, f.`event_id`, sum(p.`status` = 'posted'), sum(p.`status` <> 'posted'),
      sum(p.`status` = 'posted' AND (p.`posted_on` IS NULL OR p.`posted_on` <= d.`date`)),
      max(CASE WHEN p.`status` = 'posted' THEN p.`posted_on` END),
      min(CASE WHEN p.`status` = 'posted' THEN p.`words` END), max(CASE WHEN p.`status` = 'posted' THEN p.`words` END),
      max(CASE WHEN p.`status` = 'posted' THEN (SELECT sum(max(1, (SELECT count(*) FROM `fill_prompts` fp WHERE fp.`fill_id` = g.`id`)))
        FROM `fills` g WHERE g.`piece_id` = f.`piece_id` AND g.`event_id` = f.`event_id`) END)
    FROM (SELECT DISTINCT `writer_id`, `day_id` FROM `fills` WHERE `piece_id` = NEW.`id`) s
      CROSS JOIN `fills` f ON f.`writer_id` = s.`writer_id` AND f.`day_id` = s.`day_id`
      JOIN `pieces` p ON p.`id` = f.`piece_id` JOIN `event_days` d ON d.`id` = f.`day_id`
    WHERE f.`event_id` <> 0
    GROUP BY f.`writer_id`, f.`day_id`;
  DELETE FROM `writer_dates` WHERE `writer_id` = OLD.`writer_id` AND `date` = OLD.`posted_on`;
  INSERT INTO `writer_dates` (`writer_id`, `date`, `words`, `word_rows`, `fills`)
    SELECT OLD.`writer_id`, OLD.`posted_on`, l.`w` + u.`w`, l.`n` + u.`n`, fl.`n`
    FROM (SELECT coalesce(sum(`words`), 0) AS `w`, count(*) AS `n` FROM `word_logs` WHERE `writer_id` = OLD.`writer_id` AND `date` = OLD.`posted_on`) l,
      (SELECT coalesce(sum(p.`words`), 0) AS `w`, count(*) AS `n` FROM `pieces` p
        WHERE p.`writer_id` = OLD.`writer_id` AND p.`status` = 'posted' AND p.`posted_on` = OLD.`posted_on`
          AND NOT EXISTS (SELECT 1 FROM `word_logs` x WHERE x.`writer_id` = p.`writer_id` AND x.`piece_id` = p.`id`)) u,
      (SELECT count(DISTINCT f.`day_id`) AS `n` FROM `pieces` q JOIN `fills` f ON f.`piece_id` = q.`id`
        WHERE q.`writer_id` = OLD.`writer_id` AND q.`status` = 'posted' AND q.`posted_on` = OLD.`posted_on`) fl
    WHERE OLD.`posted_on` IS NOT NULL AND l.`n` + u.`n` + fl.`n` > 0;
  DELETE FROM `writer_dates` WHERE `writer_id` = NEW.`writer_id` AND `date` = NEW.`posted_on`;
  INSERT INTO `writer_dates` (`writer_id`, `date`, `words`, `word_rows`, `fills`)
    SELECT NEW.`writer_id`, NEW.`posted_on`, l.`w` + u.`w`, l.`n` + u.`n`, fl.`n`
    FROM (SELECT coalesce(sum(`words`), 0) AS `w`, count(*) AS `n` FROM `word_logs` WHERE `writer_id` = NEW.`writer_id` AND `date` = NEW.`posted_on`) l,
      (SELECT coalesce(sum(p.`words`), 0) AS `w`, count(*) AS `n` FROM `pieces` p
        WHERE p.`writer_id` = NEW.`writer_id` AND p.`status` = 'posted' AND p.`posted_on` = NEW.`posted_on`
          AND NOT EXISTS (SELECT 1 FROM `word_logs` x WHERE x.`writer_id` = p.`writer_id` AND x.`piece_id` = p.`id`)) u,
      (SELECT count(DISTINCT f.`day_id`) AS `n` FROM `pieces` q JOIN `fills` f ON f.`piece_id` = q.`id`
        WHERE q.`writer_id` = NEW.`writer_id` AND q.`status` = 'posted' AND q.`posted_on` = NEW.`posted_on`) fl
    WHERE NEW.`posted_on` IS NOT NULL AND l.`n` + u.`n` + fl.`n` > 0;
END;
--> statement-breakpoint
-- A new piece has no word logs yet: posted with a date, its words count on that date.
CREATE TRIGGER `pieces_enter_writer_dates` AFTER INSERT ON `pieces` WHEN NEW.`status` = 'posted' AND NEW.`posted_on` IS NOT NULL BEGIN
  INSERT INTO `writer_dates` (`writer_id`, `date`, `words`, `word_rows`, `fills`)
    VALUES (NEW.`writer_id`, NEW.`posted_on`, NEW.`words`, 1, 0)
    ON CONFLICT (`writer_id`, `date`) DO UPDATE SET `words` = `words` + excluded.`words`, `word_rows` = `word_rows` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `pieces_gone_writer_dates` AFTER DELETE ON `pieces` WHEN OLD.`posted_on` IS NOT NULL BEGIN
  DELETE FROM `writer_dates` WHERE `writer_id` = OLD.`writer_id` AND `date` = OLD.`posted_on`;
  INSERT INTO `writer_dates` (`writer_id`, `date`, `words`, `word_rows`, `fills`)
    SELECT OLD.`writer_id`, OLD.`posted_on`, l.`w` + u.`w`, l.`n` + u.`n`, fl.`n`
    FROM (SELECT coalesce(sum(`words`), 0) AS `w`, count(*) AS `n` FROM `word_logs` WHERE `writer_id` = OLD.`writer_id` AND `date` = OLD.`posted_on`) l,
      (SELECT coalesce(sum(p.`words`), 0) AS `w`, count(*) AS `n` FROM `pieces` p
        WHERE p.`writer_id` = OLD.`writer_id` AND p.`status` = 'posted' AND p.`posted_on` = OLD.`posted_on`
          AND NOT EXISTS (SELECT 1 FROM `word_logs` x WHERE x.`writer_id` = p.`writer_id` AND x.`piece_id` = p.`id`)) u,
      (SELECT count(DISTINCT f.`day_id`) AS `n` FROM `pieces` q JOIN `fills` f ON f.`piece_id` = q.`id`
        WHERE q.`writer_id` = OLD.`writer_id` AND q.`status` = 'posted' AND q.`posted_on` = OLD.`posted_on`) fl
    WHERE OLD.`posted_on` IS NOT NULL AND l.`n` + u.`n` + fl.`n` > 0;
END;
--> statement-breakpoint
-- A piece moved to another writer (only by hand in SQL): its fandoms' copies follow, and both
-- writers' fandom counts are computed again.
CREATE TRIGGER `pieces_writer_fandoms` AFTER UPDATE OF `writer_id` ON `pieces` WHEN OLD.`writer_id` IS NOT NEW.`writer_id` BEGIN
  UPDATE `piece_fandoms` SET `writer_id` = NEW.`writer_id` WHERE `piece_id` = NEW.`id`;
  DELETE FROM `writer_fandoms` WHERE `writer_id` IN (OLD.`writer_id`, NEW.`writer_id`);
  INSERT INTO `writer_fandoms` (`writer_id`, `fandom`, `pieces`, `fills`)
    SELECT pf.`writer_id`, pf.`fandom`, count(*), sum((SELECT count(*) FROM `fills` f JOIN `pieces` p ON p.`id` = f.`piece_id`
      WHERE f.`piece_id` = pf.`piece_id` AND p.`status` = 'posted' AND f.`event_id` <> 0))
    FROM (SELECT DISTINCT `writer_id`, `piece_id`, `fandom` FROM `piece_fandoms` WHERE `writer_id` IN (OLD.`writer_id`, NEW.`writer_id`)) pf
    GROUP BY pf.`writer_id`, pf.`fandom`;
END;
--> statement-breakpoint
-- A day moved to another date: whether its fills were on time.
CREATE TRIGGER `event_days_date_writer_days` AFTER UPDATE OF `date` ON `event_days` WHEN OLD.`date` IS NOT NEW.`date` BEGIN
  DELETE FROM `writer_days` WHERE (`writer_id`, `day_id`) IN (SELECT `writer_id`, `day_id` FROM `fills` WHERE `day_id` = NEW.`id`);
  INSERT INTO `writer_days` (`writer_id`, `day_id`, `event_id`, `posted`, `drafts`, `on_time`, `last_posted_on`, `min_words`, `max_words`, `max_prompts`)
    SELECT f.`writer_id`, f.`day_id`, f.`event_id`, sum(p.`status` = 'posted'), sum(p.`status` <> 'posted'),
      sum(p.`status` = 'posted' AND (p.`posted_on` IS NULL OR p.`posted_on` <= d.`date`)),
      max(CASE WHEN p.`status` = 'posted' THEN p.`posted_on` END),
      min(CASE WHEN p.`status` = 'posted' THEN p.`words` END), max(CASE WHEN p.`status` = 'posted' THEN p.`words` END),
      max(CASE WHEN p.`status` = 'posted' THEN (SELECT sum(max(1, (SELECT count(*) FROM `fill_prompts` fp WHERE fp.`fill_id` = g.`id`)))
        FROM `fills` g WHERE g.`piece_id` = f.`piece_id` AND g.`event_id` = f.`event_id`) END)
    FROM (SELECT DISTINCT `writer_id`, `day_id` FROM `fills` WHERE `day_id` = NEW.`id`) s
      CROSS JOIN `fills` f ON f.`writer_id` = s.`writer_id` AND f.`day_id` = s.`day_id`
      JOIN `pieces` p ON p.`id` = f.`piece_id` JOIN `event_days` d ON d.`id` = f.`day_id`
    WHERE f.`event_id` <> 0
    GROUP BY f.`writer_id`, f.`day_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `word_logs_writer_dates` AFTER INSERT ON `word_logs` BEGIN
  DELETE FROM `writer_dates` WHERE `writer_id` = NEW.`writer_id` AND `date` = NEW.`date`;
  INSERT INTO `writer_dates` (`writer_id`, `date`, `words`, `word_rows`, `fills`)
    SELECT NEW.`writer_id`, NEW.`date`, l.`w` + u.`w`, l.`n` + u.`n`, fl.`n`
    FROM (SELECT coalesce(sum(`words`), 0) AS `w`, count(*) AS `n` FROM `word_logs` WHERE `writer_id` = NEW.`writer_id` AND `date` = NEW.`date`) l,
      (SELECT coalesce(sum(p.`words`), 0) AS `w`, count(*) AS `n` FROM `pieces` p
        WHERE p.`writer_id` = NEW.`writer_id` AND p.`status` = 'posted' AND p.`posted_on` = NEW.`date`
          AND NOT EXISTS (SELECT 1 FROM `word_logs` x WHERE x.`writer_id` = p.`writer_id` AND x.`piece_id` = p.`id`)) u,
      (SELECT count(DISTINCT f.`day_id`) AS `n` FROM `pieces` q JOIN `fills` f ON f.`piece_id` = q.`id`
        WHERE q.`writer_id` = NEW.`writer_id` AND q.`status` = 'posted' AND q.`posted_on` = NEW.`date`) fl
    WHERE NEW.`date` IS NOT NULL AND l.`n` + u.`n` + fl.`n` > 0;
  DELETE FROM `writer_dates` WHERE `writer_id` = NEW.`writer_id` AND `date` = (SELECT `posted_on` FROM `pieces` WHERE `id` = NEW.`piece_id`);
  INSERT INTO `writer_dates` (`writer_id`, `date`, `words`, `word_rows`, `fills`)
    SELECT NEW.`writer_id`, (SELECT `posted_on` FROM `pieces` WHERE `id` = NEW.`piece_id`), l.`w` + u.`w`, l.`n` + u.`n`, fl.`n`
    FROM (SELECT coalesce(sum(`words`), 0) AS `w`, count(*) AS `n` FROM `word_logs` WHERE `writer_id` = NEW.`writer_id` AND `date` = (SELECT `posted_on` FROM `pieces` WHERE `id` = NEW.`piece_id`)) l,
      (SELECT coalesce(sum(p.`words`), 0) AS `w`, count(*) AS `n` FROM `pieces` p
        WHERE p.`writer_id` = NEW.`writer_id` AND p.`status` = 'posted' AND p.`posted_on` = (SELECT `posted_on` FROM `pieces` WHERE `id` = NEW.`piece_id`)
          AND NOT EXISTS (SELECT 1 FROM `word_logs` x WHERE x.`writer_id` = p.`writer_id` AND x.`piece_id` = p.`id`)) u,
      (SELECT count(DISTINCT f.`day_id`) AS `n` FROM `pieces` q JOIN `fills` f ON f.`piece_id` = q.`id`
        WHERE q.`writer_id` = NEW.`writer_id` AND q.`status` = 'posted' AND q.`posted_on` = (SELECT `posted_on` FROM `pieces` WHERE `id` = NEW.`piece_id`)) fl
    WHERE (SELECT `posted_on` FROM `pieces` WHERE `id` = NEW.`piece_id`) IS NOT NULL AND l.`n` + u.`n` + fl.`n` > 0;
END;
--> statement-breakpoint
CREATE TRIGGER `word_logs_gone_writer_dates` AFTER DELETE ON `word_logs` BEGIN
  DELETE FROM `writer_dates` WHERE `writer_id` = OLD.`writer_id` AND `date` = OLD.`date`;
  INSERT INTO `writer_dates` (`writer_id`, `date`, `words`, `word_rows`, `fills`)
    SELECT OLD.`writer_id`, OLD.`date`, l.`w` + u.`w`, l.`n` + u.`n`, fl.`n`
    FROM (SELECT coalesce(sum(`words`), 0) AS `w`, count(*) AS `n` FROM `word_logs` WHERE `writer_id` = OLD.`writer_id` AND `date` = OLD.`date`) l,
      (SELECT coalesce(sum(p.`words`), 0) AS `w`, count(*) AS `n` FROM `pieces` p
        WHERE p.`writer_id` = OLD.`writer_id` AND p.`status` = 'posted' AND p.`posted_on` = OLD.`date`
          AND NOT EXISTS (SELECT 1 FROM `word_logs` x WHERE x.`writer_id` = p.`writer_id` AND x.`piece_id` = p.`id`)) u,
      (SELECT count(DISTINCT f.`day_id`) AS `n` FROM `pieces` q JOIN `fills` f ON f.`piece_id` = q.`id`
        WHERE q.`writer_id` = OLD.`writer_id` AND q.`status` = 'posted' AND q.`posted_on` = OLD.`date`) fl
    WHERE OLD.`date` IS NOT NULL AND l.`n` + u.`n` + fl.`n` > 0;
  DELETE FROM `writer_dates` WHERE `writer_id` = OLD.`writer_id` AND `date` = (SELECT `posted_on` FROM `pieces` WHERE `id` = OLD.`piece_id`);
  INSERT INTO `writer_dates` (`writer_id`, `date`, `words`, `word_rows`, `fills`)
    SELECT OLD.`writer_id`, (SELECT `posted_on` FROM `pieces` WHERE `id` = OLD.`piece_id`), l.`w` + u.`w`, l.`n` + u.`n`, fl.`n`
    FROM (SELECT coalesce(sum(`words`), 0) AS `w`, count(*) AS `n` FROM `word_logs` WHERE `writer_id` = OLD.`writer_id` AND `date` = (SELECT `posted_on` FROM `pieces` WHERE `id` = OLD.`piece_id`)) l,
      (SELECT coalesce(sum(p.`words`), 0) AS `w`, count(*) AS `n` FROM `pieces` p
        WHERE p.`writer_id` = OLD.`writer_id` AND p.`status` = 'posted' AND p.`posted_on` = (SELECT `posted_on` FROM `pieces` WHERE `id` = OLD.`piece_id`)
          AND NOT EXISTS (SELECT 1 FROM `word_logs` x WHERE x.`writer_id` = p.`writer_id` AND x.`piece_id` = p.`id`)) u,
      (SELECT count(DISTINCT f.`day_id`) AS `n` FROM `pieces` q JOIN `fills` f ON f.`piece_id` = q.`id`
        WHERE q.`writer_id` = OLD.`writer_id` AND q.`status` = 'posted' AND q.`posted_on` = (SELECT `posted_on` FROM `pieces` WHERE `id` = OLD.`piece_id`)) fl
    WHERE (SELECT `posted_on` FROM `pieces` WHERE `id` = OLD.`piece_id`) IS NOT NULL AND l.`n` + u.`n` + fl.`n` > 0;
END;
--> statement-breakpoint
CREATE TRIGGER `word_logs_change_writer_dates` AFTER UPDATE ON `word_logs` BEGIN
  DELETE FROM `writer_dates` WHERE `writer_id` = OLD.`writer_id` AND `date` = OLD.`date`;
  INSERT INTO `writer_dates` (`writer_id`, `date`, `words`, `word_rows`, `fills`)
    SELECT OLD.`writer_id`, OLD.`date`, l.`w` + u.`w`, l.`n` + u.`n`, fl.`n`
    FROM (SELECT coalesce(sum(`words`), 0) AS `w`, count(*) AS `n` FROM `word_logs` WHERE `writer_id` = OLD.`writer_id` AND `date` = OLD.`date`) l,
      (SELECT coalesce(sum(p.`words`), 0) AS `w`, count(*) AS `n` FROM `pieces` p
        WHERE p.`writer_id` = OLD.`writer_id` AND p.`status` = 'posted' AND p.`posted_on` = OLD.`date`
          AND NOT EXISTS (SELECT 1 FROM `word_logs` x WHERE x.`writer_id` = p.`writer_id` AND x.`piece_id` = p.`id`)) u,
      (SELECT count(DISTINCT f.`day_id`) AS `n` FROM `pieces` q JOIN `fills` f ON f.`piece_id` = q.`id`
        WHERE q.`writer_id` = OLD.`writer_id` AND q.`status` = 'posted' AND q.`posted_on` = OLD.`date`) fl
    WHERE OLD.`date` IS NOT NULL AND l.`n` + u.`n` + fl.`n` > 0;
  DELETE FROM `writer_dates` WHERE `writer_id` = OLD.`writer_id` AND `date` = (SELECT `posted_on` FROM `pieces` WHERE `id` = OLD.`piece_id`);
  INSERT INTO `writer_dates` (`writer_id`, `date`, `words`, `word_rows`, `fills`)
    SELECT OLD.`writer_id`, (SELECT `posted_on` FROM `pieces` WHERE `id` = OLD.`piece_id`), l.`w` + u.`w`, l.`n` + u.`n`, fl.`n`
    FROM (SELECT coalesce(sum(`words`), 0) AS `w`, count(*) AS `n` FROM `word_logs` WHERE `writer_id` = OLD.`writer_id` AND `date` = (SELECT `posted_on` FROM `pieces` WHERE `id` = OLD.`piece_id`)) l,
      (SELECT coalesce(sum(p.`words`), 0) AS `w`, count(*) AS `n` FROM `pieces` p
        WHERE p.`writer_id` = OLD.`writer_id` AND p.`status` = 'posted' AND p.`posted_on` = (SELECT `posted_on` FROM `pieces` WHERE `id` = OLD.`piece_id`)
          AND NOT EXISTS (SELECT 1 FROM `word_logs` x WHERE x.`writer_id` = p.`writer_id` AND x.`piece_id` = p.`id`)) u,
      (SELECT count(DISTINCT f.`day_id`) AS `n` FROM `pieces` q JOIN `fills` f ON f.`piece_id` = q.`id`
        WHERE q.`writer_id` = OLD.`writer_id` AND q.`status` = 'posted' AND q.`posted_on` = (SELECT `posted_on` FROM `pieces` WHERE `id` = OLD.`piece_id`)) fl
    WHERE (SELECT `posted_on` FROM `pieces` WHERE `id` = OLD.`piece_id`) IS NOT NULL AND l.`n` + u.`n` + fl.`n` > 0;
  DELETE FROM `writer_dates` WHERE `writer_id` = NEW.`writer_id` AND `date` = NEW.`date`;
  INSERT INTO `writer_dates` (`writer_id`, `date`, `words`, `word_rows`, `fills`)
    SELECT NEW.`writer_id`, NEW.`date`, l.`w` + u.`w`, l.`n` + u.`n`, fl.`n`
    FROM (SELECT coalesce(sum(`words`), 0) AS `w`, count(*) AS `n` FROM `word_logs` WHERE `writer_id` = NEW.`writer_id` AND `date` = NEW.`date`) l,
      (SELECT coalesce(sum(p.`words`), 0) AS `w`, count(*) AS `n` FROM `pieces` p
        WHERE p.`writer_id` = NEW.`writer_id` AND p.`status` = 'posted' AND p.`posted_on` = NEW.`date`
          AND NOT EXISTS (SELECT 1 FROM `word_logs` x WHERE x.`writer_id` = p.`writer_id` AND x.`piece_id` = p.`id`)) u,
      (SELECT count(DISTINCT f.`day_id`) AS `n` FROM `pieces` q JOIN `fills` f ON f.`piece_id` = q.`id`
        WHERE q.`writer_id` = NEW.`writer_id` AND q.`status` = 'posted' AND q.`posted_on` = NEW.`date`) fl
    WHERE NEW.`date` IS NOT NULL AND l.`n` + u.`n` + fl.`n` > 0;
  DELETE FROM `writer_dates` WHERE `writer_id` = NEW.`writer_id` AND `date` = (SELECT `posted_on` FROM `pieces` WHERE `id` = NEW.`piece_id`);
  INSERT INTO `writer_dates` (`writer_id`, `date`, `words`, `word_rows`, `fills`)
    SELECT NEW.`writer_id`, (SELECT `posted_on` FROM `pieces` WHERE `id` = NEW.`piece_id`), l.`w` + u.`w`, l.`n` + u.`n`, fl.`n`
    FROM (SELECT coalesce(sum(`words`), 0) AS `w`, count(*) AS `n` FROM `word_logs` WHERE `writer_id` = NEW.`writer_id` AND `date` = (SELECT `posted_on` FROM `pieces` WHERE `id` = NEW.`piece_id`)) l,
      (SELECT coalesce(sum(p.`words`), 0) AS `w`, count(*) AS `n` FROM `pieces` p
        WHERE p.`writer_id` = NEW.`writer_id` AND p.`status` = 'posted' AND p.`posted_on` = (SELECT `posted_on` FROM `pieces` WHERE `id` = NEW.`piece_id`)
          AND NOT EXISTS (SELECT 1 FROM `word_logs` x WHERE x.`writer_id` = p.`writer_id` AND x.`piece_id` = p.`id`)) u,
      (SELECT count(DISTINCT f.`day_id`) AS `n` FROM `pieces` q JOIN `fills` f ON f.`piece_id` = q.`id`
        WHERE q.`writer_id` = NEW.`writer_id` AND q.`status` = 'posted' AND q.`posted_on` = (SELECT `posted_on` FROM `pieces` WHERE `id` = NEW.`piece_id`)) fl
    WHERE (SELECT `posted_on` FROM `pieces` WHERE `id` = NEW.`piece_id`) IS NOT NULL AND l.`n` + u.`n` + fl.`n` > 0;
END;
--> statement-breakpoint
-- A fandom newly on a piece counts once for its writer, with each of the piece's posted fills.
CREATE TRIGGER `piece_fandoms_writer_fandoms` AFTER INSERT ON `piece_fandoms` BEGIN
  UPDATE `piece_fandoms` SET `writer_id` = (SELECT `writer_id` FROM `pieces` WHERE `id` = NEW.`piece_id`)
    WHERE `piece_id` = NEW.`piece_id` AND `position` = NEW.`position`;
  INSERT INTO `writer_fandoms` (`writer_id`, `fandom`, `pieces`, `fills`)
    SELECT p.`writer_id`, NEW.`fandom`, 1, (SELECT count(*) FROM `fills` WHERE `piece_id` = NEW.`piece_id` AND `posted` = 1 AND `event_id` <> 0)
    FROM `pieces` p WHERE p.`id` = NEW.`piece_id`
      AND NOT EXISTS (SELECT 1 FROM `piece_fandoms` WHERE `piece_id` = NEW.`piece_id` AND `fandom` = NEW.`fandom` AND `position` <> NEW.`position`)
    ON CONFLICT (`writer_id`, `fandom`) DO UPDATE SET `pieces` = `pieces` + 1, `fills` = `fills` + excluded.`fills`;
END;
--> statement-breakpoint
CREATE TRIGGER `piece_fandoms_gone_writer_fandoms` AFTER DELETE ON `piece_fandoms`
WHEN NOT EXISTS (SELECT 1 FROM `piece_fandoms` WHERE `piece_id` = OLD.`piece_id` AND `fandom` = OLD.`fandom`)
BEGIN
  UPDATE `writer_fandoms` SET `pieces` = `pieces` - 1,
      `fills` = `fills` - (SELECT count(*) FROM `fills` WHERE `piece_id` = OLD.`piece_id` AND `posted` = 1 AND `event_id` <> 0)
    WHERE `writer_id` = OLD.`writer_id` AND `fandom` = OLD.`fandom`;
  DELETE FROM `writer_fandoms` WHERE `writer_id` = OLD.`writer_id` AND `fandom` = OLD.`fandom` AND `pieces` <= 0 AND `fills` <= 0;
END;
