-- The W3C trace context (traceparent) of the event an alert was made from, so that its delivery, later and on
-- another thread, continues the same trace: one trace from the practitioner's click to GOV.UK Notify or SMTP.
ALTER TABLE notification ADD COLUMN traceparent TEXT;
