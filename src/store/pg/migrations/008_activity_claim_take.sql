-- issue 19 (pgturn): the exactly-once claim of an inbound activity taken inside the turn's first
-- write (PgFoldedClaims), in the same transaction and round trip, instead of a round trip of its
-- own before the turn. It claims a key nobody holds, or renews the caller's own running claim
-- (two writes of one turn may both carry it); any other claim (another arrival's, running, done,
-- or lapsed) raises SQLSTATE P1909 and the statement's transaction writes nothing: the caller
-- then settles the arrival the ordinary way (PgActivityClaims.claim: wait, replay or take over).
CREATE FUNCTION activity_claim_take(p_key TEXT, p_owner TEXT, p_lease TIMESTAMPTZ, p_now TIMESTAMPTZ)
RETURNS BOOLEAN LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO activity_claims AS c (claim_key, owner, state, lease_until, claimed_at)
  VALUES (p_key, p_owner, 'running', p_lease, p_now)
  ON CONFLICT (claim_key) DO UPDATE SET lease_until = GREATEST(c.lease_until, EXCLUDED.lease_until)
    WHERE c.owner = EXCLUDED.owner AND c.state = 'running';
  IF NOT FOUND THEN
    RAISE EXCEPTION 'activity claim held by another arrival' USING ERRCODE = 'P1909';
  END IF;
  RETURN TRUE;
END
$$;
