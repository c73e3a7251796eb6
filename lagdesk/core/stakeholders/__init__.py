"""The Stakeholders area: the register of people and organisations, their power/interest
assessments and consent, groups and memberships, merging duplicates, a person's data
export and erasure, and importing people from .xlsx and .csv files (``importing``)."""
