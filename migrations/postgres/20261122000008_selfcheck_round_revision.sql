-- A round's revision counts the writes that changed its answers (saves and paper imports, each
-- in its own transaction). Results of a round at a revision never change, so every node may keep
-- them in memory while the round is still open, the way closed rounds' results are kept.
ALTER TABLE selfcheck_rounds ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
