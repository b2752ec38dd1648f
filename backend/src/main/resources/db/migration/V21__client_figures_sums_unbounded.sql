-- A client's sums add up many orders: they take no fixed precision (an order's own amounts stay numeric(18, 2)).
alter table client_figures alter column revenue_12m type numeric,
                           alter column overdue_receivables type numeric;
