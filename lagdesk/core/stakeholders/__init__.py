"""The Stakeholders area: the people and organisations a local group works with.

- ``register``: people and organisations, the lazy lists with their filters, delete impacts.
- ``assessments``: dated power/interest scores, the matrix and its quadrants, consent records.
- ``composition``: groups (nested), memberships over time, the group's make-up by sector
  and gender.
- ``merge``: removing and combining duplicates, with what each takes along.
- ``personal_data``: one person's data found, exported and erased (GDPR Art. 15 and 17).
- ``importing``: people, organisations and groups from .xlsx and .csv files, checked row by
  row before one transaction writes them."""
