"""The answers form: a template version's items as form fields, and POST data back as answers.

Every control's name is its answer path: ``a:`` then linkIds and row numbers
joined by ``/``, for example ``a:verdict``, ``a:strengths/0`` or
``a:goals/1/further_steps/0``. A linkId cannot contain ``:``, ``/`` or ``~``,
so a name always reads back one way. The same names are used with and without
JavaScript (autosave posts the form as it is), so one parser serves both.

Drafts are kept as typed: half-typed numbers stay text ("7," is kept as
"7,"), and only empty rows and blank fields are left out. The full check is
the engine's (``assignments.questionnaire.check_answers``) on submit; this
package never decides whether an answer is acceptable.

- ``paths``: answer paths and the levels of a template (which items one
  answer map holds, which row a path names, whose tools an item shows);
- ``parse``: POST data back to answers, and what of them to store;
- ``build``: the items as a tree of form nodes, filled and with errors placed;
- ``display``: answers and conditions in words;
- ``merge``: two versions of the answers side by side after a conflict, and
  joined as the client picks.
"""
