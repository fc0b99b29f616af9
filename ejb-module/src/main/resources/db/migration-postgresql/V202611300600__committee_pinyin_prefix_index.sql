-- A prefix search (name_initials like 'zw%', name_pinyin like 'zhang%') cannot use a plain b-tree under a
-- collation other than "C" (C.UTF-8 and the locales included): PostgreSQL read all 25,000 members of a province
-- for each roster filter (a sequential scan, found with EXPLAIN during the load run). The pattern operator class
-- orders by bytes and serves LIKE 'prefix%'. The plain indexes stay for the roster's order by pinyin.
create index cm_member_initials_prefix_ix on cm_member (name_initials varchar_pattern_ops);
create index cm_member_pinyin_prefix_ix on cm_member (name_pinyin varchar_pattern_ops);
create index pf_organisation_path_prefix_ix on pf_organisation (path varchar_pattern_ops);
