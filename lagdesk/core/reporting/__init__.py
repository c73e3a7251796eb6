"""What the exports say, gathered from the file: the plan as typed items in code order with
the sums several reports share (``plan_items``), the content of the Integrated Action Plan
document (``plan_content``), the rows of the Excel report (``report_data``), and the flat
listings of the CLI (``listing``)."""
