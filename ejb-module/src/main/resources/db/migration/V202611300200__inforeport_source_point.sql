-- A report may name the contact point (联系点) it comes from: the member who writes it is assigned
-- there and reports what the people of that village or community raised. The id refers to the committee
-- context's cm_contact_point (contexts meet by id, without a foreign key); the label (town · point) is
-- kept as written, so the report reads the same if the point is renamed, and travels with a report
-- forwarded to another deployment, where the id means nothing.
alter table ir_report add column source_point_id bigint;
alter table ir_report add column source_label varchar(160);
alter table ir_report add constraint ir_report_source_ck check (source_point_id is null or source_label is not null);
create index ir_report_source_ix on ir_report (source_point_id);
