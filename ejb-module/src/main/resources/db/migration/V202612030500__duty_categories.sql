-- Duty context: the categories of duty by code. The built-in categories keep the codes the ledger and the
-- rule sets already store (organisation_id null); an office adds its own, with a code scoped to the
-- organisation (C<organisation id>-<n>), names in both languages, standard points and yearly cap, and
-- whether it deducts. Retired categories take no new entries; their history stays.

create sequence du_category_seq start with 1001 increment by 50;

create table du_category (
    id               bigint        not null primary key,
    version          integer       not null,
    code             varchar(30)   not null,
    organisation_id  bigint        references pf_organisation (id),
    built_in         boolean       not null,
    manual           boolean       not null,
    deduction        boolean       not null,
    name_zh          varchar(50),
    name_en          varchar(80),
    points           numeric(6,2)  not null,
    annual_cap       numeric(7,2),
    retired          boolean       not null,
    updated_at       timestamp with time zone,
    updated_by       varchar(64),
    constraint du_category_code_uk unique (code),
    constraint du_category_name_zh_uk unique (organisation_id, name_zh),
    constraint du_category_name_en_uk unique (organisation_id, name_en),
    constraint du_category_kind_ck check ((built_in and organisation_id is null)
                                          or (not built_in and organisation_id is not null and manual
                                              and name_zh is not null and name_en is not null)),
    constraint du_category_points_ck check (points between -100 and 100
                                            and ((deduction and points <= 0) or (not deduction and points >= 0))),
    constraint du_category_cap_ck check (annual_cap is null or annual_cap between 0 and 10000)
);
-- the categories an organisation uses: the built-ins and its own
create index du_category_org_ix on du_category (organisation_id);

-- The built-ins with the platform's default terms (a year without a line for a category scores it so).
insert into du_category (id, version, code, organisation_id, built_in, manual, deduction, points, annual_cap, retired) values
    (1, 0, 'PLENARY', null, true, true, false, 8, 16, false),
    (2, 0, 'STANDING_MEETING', null, true, true, false, 4, 24, false),
    (3, 0, 'MEETING', null, true, true, false, 2, 20, false),
    (4, 0, 'RESEARCH', null, true, true, false, 4, 24, false),
    (5, 0, 'ENTERPRISE_VISIT', null, true, true, false, 2, 12, false),
    (6, 0, 'PUBLIC_WELFARE', null, true, true, false, 2, 12, false),
    (7, 0, 'ABSENCE', null, true, true, true, -5, 30, false),
    (8, 0, 'STUDY', null, true, false, false, 2, 20, false),
    (9, 0, 'CONCERN', null, true, false, false, 1, 10, false),
    (10, 0, 'INFO_SUBMITTED', null, true, false, false, 1, 10, false),
    (11, 0, 'INFO_ADOPTED_COUNTY', null, true, false, false, 3, null, false),
    (12, 0, 'INFO_ADOPTED_CITY', null, true, false, false, 5, null, false),
    (13, 0, 'INFO_ADOPTED_PROVINCE', null, true, false, false, 10, null, false),
    (14, 0, 'INFO_ADOPTED_NATIONAL', null, true, false, false, 20, null, false),
    (15, 0, 'INSTRUCTION_COUNTY', null, true, false, false, 5, null, false),
    (16, 0, 'INSTRUCTION_CITY', null, true, false, false, 8, null, false),
    (17, 0, 'INSTRUCTION_PROVINCE', null, true, false, false, 15, null, false),
    (18, 0, 'INSTRUCTION_NATIONAL', null, true, false, false, 30, null, false),
    (19, 0, 'PROPOSAL', null, true, false, false, 3, 15, false);

-- Existing entries and rule lines name their category by these codes from now on.
alter table cm_duty_entry add constraint cm_duty_entry_category_fk foreign key (category) references du_category (code);
alter table cm_rule add constraint cm_rule_category_fk foreign key (category) references du_category (code);
