"""The Action plan area: the Integrated Action Plan itself.

- ``numbering``: the plan of the file, codes and positions of objectives and actions.
- ``tree``: strategic and specific objectives, moving and deleting them.
- ``actions``: the action table and the action detail with all that hangs on an action.
- ``funding``: funding lines and the plan's money (cost, secured, applied, potential, gap).
- ``risks``: the risk register and the 5 x 5 likelihood x impact matrix.
- ``timeline``: the actions as the Gantt chart draws them.
- ``versions`` and ``diff``: named snapshots with a review status and readable differences.
- ``workbook``: the plan as an Excel workbook, exported, edited and imported back."""
