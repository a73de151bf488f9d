-- What a submission's rows are: standards (every submission before this), liaison statements, or answers to
-- coordination questions.
alter table submission add column kind varchar(30) default 'standards' not null;
