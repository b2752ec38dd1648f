-- Letter templates as admins rewrote them, per kind and language; where none is kept, the shipped one is used.
-- A rewrite replaces the one before (kept in the audit log with who and when), never a letter already written.
create table letter_template (
    kind       varchar(16) not null,
    language   varchar(2)  not null,
    text       text        not null,
    updated_at timestamptz not null,
    updated_by varchar(64) not null,
    version    bigint      not null,
    primary key (kind, language),
    constraint letter_template_kind_ck check (kind in ('handover', 'partner')),
    constraint letter_template_language_ck check (language in ('en', 'ro', 'ru', 'es')),
    constraint letter_template_text_ck check (length(text) <= 20000)
);
