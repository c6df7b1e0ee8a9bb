-- The end-of-accompaniment diagnostic (T1) opens once the plan was carried out long enough; a manager may open it
-- sooner, with a reason kept here (free text about the merchant: anonymised with the dossier).
ALTER TABLE diagnostic_assessment
  ADD COLUMN opened_early_reason text,
  ADD COLUMN opened_early_by uuid;
