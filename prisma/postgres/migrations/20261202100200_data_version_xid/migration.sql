-- The transaction that last changed the data, with the counter: transaction ids only grow in a cluster
-- (64-bit, never reused), so after a restore or a reseed the version never repeats an earlier one and a
-- client's stale ETag cannot match.
ALTER TABLE "_policy_timeline_data_version" ADD COLUMN "xid" BIGINT NOT NULL DEFAULT 0;

CREATE OR REPLACE FUNCTION "policy_timeline_bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "_policy_timeline_data_version" SET "version" = "version" + 1, "xid" = txid_current() WHERE "id" = 1;
  RETURN NULL;
END
$$;

UPDATE "_policy_timeline_data_version" SET "xid" = txid_current() WHERE "id" = 1;
