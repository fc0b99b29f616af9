-- Duty context: the built-in categories the consultation context credits (attendance at a consultation activity,
-- a speech selected and delivered, research before a consultation, a grassroots consultation meeting), with the
-- platform's default terms as in RuleTerms.defaults().
insert into du_category (id, version, code, organisation_id, built_in, manual, deduction, points, annual_cap, retired) values
    (20, 0, 'CONSULTATION', null, true, false, false, 3, 18, false),
    (21, 0, 'CONSULTATION_SPEECH', null, true, false, false, 4, 16, false),
    (22, 0, 'CONSULTATION_RESEARCH', null, true, false, false, 3, 18, false),
    (23, 0, 'GRASSROOTS_CONSULTATION', null, true, false, false, 2, 12, false);
