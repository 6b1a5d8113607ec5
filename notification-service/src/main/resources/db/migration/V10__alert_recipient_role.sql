-- For subject access exports: each alert about a client says to which role in the client's team it went (the lead,
-- a member, or someone outside the team when it was sent: an invitee, or a member whose membership had just ended),
-- as this service's copy of the network said when the alert was recorded. Alerts recorded before have none.
ALTER TABLE notification ADD COLUMN recipient_role TEXT;
CREATE INDEX notification_client_idx ON notification (client_id, created_at) WHERE client_id IS NOT NULL;
