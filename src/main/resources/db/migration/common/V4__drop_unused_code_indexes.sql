-- The period and code indexes of contact_topic and contact_outcome served the monthly summaries' topic and outcome
-- counts until V3; those counts now come from contact_tally, and every remaining query on the two tables finds its
-- rows by primary key (contact_id, code): the contact log's topic and outcome filters (EXISTS per contact), page
-- loading, edits and deletes, the tally's recount. Each index was written by every save, import and edit: dropping
-- the four cut a save's writes by a quarter (docs/benchmarks.md, "Save").
DROP INDEX contact_topic_period;
DROP INDEX contact_topic_code;
DROP INDEX contact_outcome_period;
DROP INDEX contact_outcome_code;
