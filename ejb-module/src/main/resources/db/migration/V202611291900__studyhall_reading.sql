-- Study hall: reading groups (读书小组) with members, a book list, reading notes and their comments,
-- sessions that are activities of the hall, and the year's reading stars (读书标兵).

create sequence sh_reading_group_seq start with 1 increment by 50;
create sequence sh_group_book_seq start with 1 increment by 50;
create sequence sh_reading_note_seq start with 1 increment by 50;
create sequence sh_note_comment_seq start with 1 increment by 50;
create sequence sh_reading_star_seq start with 1 increment by 50;

create table sh_reading_group (
    id               bigint        not null primary key,
    version          integer       not null,
    organisation_id  bigint        not null references pf_organisation (id),
    name             varchar(100)  not null,
    topic            varchar(500)  not null,
    created_by       varchar(64)   not null,
    created_at       timestamp with time zone not null,
    constraint sh_reading_group_name_uk unique (organisation_id, name)
);

create table sh_group_member (
    group_id     bigint        not null references sh_reading_group (id),
    member_id    bigint        not null,
    account_id   bigint        references pf_account (id),
    member_name  varchar(100)  not null,
    joined_at    timestamp with time zone not null,
    constraint sh_group_member_pk primary key (group_id, member_id)
);
create index sh_group_member_member_ix on sh_group_member (member_id);

create table sh_group_book (
    id         bigint        not null primary key,
    group_id   bigint        not null references sh_reading_group (id),
    title      varchar(200)  not null,
    author     varchar(100),
    added_by   varchar(64)   not null,
    added_at   timestamp with time zone not null,
    constraint sh_group_book_uk unique (group_id, title)
);

create table sh_reading_note (
    id           bigint         not null primary key,
    group_id     bigint         not null references sh_reading_group (id),
    book_id      bigint         references sh_group_book (id),
    member_id    bigint         not null,
    author_name  varchar(100)   not null,
    title        varchar(200)   not null,
    body         varchar(10000) not null,
    written_at   timestamp with time zone not null
);
create index sh_reading_note_group_ix on sh_reading_note (group_id, written_at);
create index sh_reading_note_member_ix on sh_reading_note (member_id, written_at);

create table sh_note_comment (
    id           bigint        not null primary key,
    note_id      bigint        not null references sh_reading_note (id),
    author_name  varchar(100)  not null,
    author       varchar(64)   not null,
    body         varchar(2000) not null,
    written_at   timestamp with time zone not null
);
create index sh_note_comment_note_ix on sh_note_comment (note_id, written_at);

create table sh_reading_star (
    id               bigint        not null primary key,
    organisation_id  bigint        not null references pf_organisation (id),
    star_year        integer       not null,
    member_id        bigint        not null,
    member_name      varchar(100)  not null,
    citation         varchar(500),
    chosen_by        varchar(64)   not null,
    chosen_at        timestamp with time zone not null,
    constraint sh_reading_star_uk unique (organisation_id, star_year, member_id)
);

alter table sh_activity add constraint sh_activity_group_fk foreign key (reading_group_id) references sh_reading_group (id);
create index sh_activity_group_ix on sh_activity (reading_group_id);
