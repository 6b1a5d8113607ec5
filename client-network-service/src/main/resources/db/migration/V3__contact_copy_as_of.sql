-- Directory events can arrive out of order; the copy keeps the newest word on each professional.
ALTER TABLE professional_contact ADD COLUMN as_of TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT '-infinity';
