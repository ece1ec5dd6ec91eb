-- A new article's or notice's form now autosaves under a name of its own ("article-new-" and 16
-- letters or digits). What was kept under the single name all new forms shared before keeps
-- its text under a name of that form, so it is still offered, and can be restored or let go.
UPDATE autosave SET draft_key = 'article-new-0000000000000000' WHERE draft_key = 'article-new';
UPDATE autosave SET draft_key = 'notice-new-0000000000000000' WHERE draft_key = 'notice-new';
