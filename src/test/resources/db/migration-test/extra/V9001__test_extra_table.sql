-- Test only (AppliedMigrationsTest): a migration a newer program would bring, to show it is still applied.
CREATE TABLE test_extra (id INT PRIMARY KEY);
