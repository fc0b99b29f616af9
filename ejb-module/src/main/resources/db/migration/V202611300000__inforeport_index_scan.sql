-- The full-text index follows the reports by modification time (then id): its scan reads this order.
create index ir_report_updated_ix on ir_report (updated_at, id);
