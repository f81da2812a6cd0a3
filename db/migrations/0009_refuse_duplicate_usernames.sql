-- The next migration makes usernames unique whatever their case. Where two already differ only in
-- case it would fail with a bare "UNIQUE constraint failed"; this stops first, and SQLite names the
-- CHECK that failed, so its name is the message. The whole run is one transaction: nothing changes.
CREATE TEMP TABLE `username_case_check` (
	`clash` text CONSTRAINT `Some usernames differ only in case (such as Ann and ann), and usernames must now be unique whatever their case: rename all but one of each, then start Promptly again` CHECK (`clash` IS NULL)
);--> statement-breakpoint
INSERT INTO `username_case_check` SELECT lower(`username`) FROM `writers` GROUP BY lower(`username`) HAVING count(*) > 1;--> statement-breakpoint
DROP TABLE `username_case_check`;
