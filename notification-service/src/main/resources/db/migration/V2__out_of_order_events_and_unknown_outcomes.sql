-- Directory events can arrive out of order; the copy keeps the newest word on each professional.
ALTER TABLE professional ADD COLUMN as_of TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT '-infinity';

-- Invitations answered, expired or withdrawn: a late InvitationSent must not reopen one (and remind its invitee).
CREATE TABLE closed_invitation
(
    invitation_id UUID PRIMARY KEY,
    closed_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

-- An earlier attempt may have reached the provider without our hearing back (a timeout, a broken connection, a
-- dispatcher that died mid-send): where the provider can tell, ask it before sending again.
ALTER TABLE notification ADD COLUMN outcome_unknown BOOLEAN NOT NULL DEFAULT FALSE;
