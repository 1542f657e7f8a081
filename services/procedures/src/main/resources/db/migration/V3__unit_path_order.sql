-- Unit paths sort byte-wise ('/H99/' before '/H99/H99.H01/' before '/H99/H99.SNV/'), so "order by path" is
-- tree order whatever the database's locale; a btree on a "C" column also serves the prefix LIKE.
alter table admin_unit alter column path type varchar(2000) collate "C";
