"""What the exports say, gathered from the file: the content of the Integrated Action Plan
document as typed data, the rows of the Excel report, and the flat listings of the CLI."""
