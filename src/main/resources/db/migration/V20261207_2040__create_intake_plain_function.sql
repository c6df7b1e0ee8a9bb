-- Names as staff search them: lower case, without accents ("Café" is found by "cafe"). translate() maps the accented
-- letters of French and its neighbours one by one, whatever the database's collation; the ligatures become two letters.
-- The Java side writes the query the same way (ApplicationSearch.plain).
CREATE FUNCTION intake_plain(value TEXT) RETURNS TEXT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT lower(replace(replace(replace(replace(translate(coalesce(value, ''),
      'àáâãäåāÀÁÂÃÄÅĀçćčÇĆČèéêëēėęÈÉÊËĒĖĘìíîïīÌÍÎÏĪñÑòóôõöøōÒÓÔÕÖØŌùúûüūÙÚÛÜŪýÿÝŸ',
      'aaaaaaaaaaaaaacccccceeeeeeeeeeeeeeiiiiiiiiiinnoooooooooooooouuuuuuuuuuyyyy'), 'œ', 'oe'), 'Œ', 'oe'), 'æ', 'ae'), 'Æ', 'ae')) $$;
