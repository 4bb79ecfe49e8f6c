"""The interface's words in English: the reference catalogue, every key is here.

Keys are "area.key"; a plural has "area.key.one" and "area.key.other" (see
rolequiz.i18n.plural). French (fr.py) has exactly the same keys and placeholders.
"""

MESSAGES: dict[str, str] = {
    # punctuation around a label or a quoted name
    "punct.colon": ": ",
    "punct.quoted": "'{text}'",

    # the quiz screens (quiz/session.py)
    "quiz.title": "Which role suits you?",
    "quiz.intro":
        "Rate how much you would enjoy each activity. There are no right or wrong answers: go "
        "with your first feeling. At the end you’ll see which roles match your interests best, "
        "why, and how they differ.",
    "quiz.length.one": "{n} question, about {minutes} min. Your answers are saved as you go.",
    "quiz.length.other": "{n} questions, about {minutes} min. Your answers are saved as you go.",
    "quiz.welcome_back.one": "Welcome back: {answered} of {n} question already answered.",
    "quiz.welcome_back.other": "Welcome back: {answered} of {n} questions already answered.",
    "quiz.keys_title": "Keys",
    "quiz.enter": "Enter",
    "quiz.key_answer": "answer",
    "quiz.key_back": "go back (change an answer)",
    "quiz.key_keep": "keep the answer shown and go on",
    "quiz.key_skip": "skip this question",
    "quiz.key_quit": "save and quit (resume later)",
    "quiz.key_help": "this help",
    "quiz.typed": "Type your choice, then press Enter.",
    "quiz.start": "Press Enter to start, q to quit.",
    "quiz.start_line": "Press Enter to start (q then Enter to quit).",
    "quiz.continue": "Press Enter to continue, or answer the next question ({keys}); q to quit.",
    "quiz.continue_line":
        "Press Enter to continue, or type the next question’s answer ({keys}) then Enter.",
    "quiz.question": "Question {n} of {total}",
    "quiz.your_answer": "your answer",
    "quiz.skipped": "(skipped)",
    "quiz.footer": "{keys} answer · b back · s skip · q quit · ? help",
    "quiz.footer_keep": "Enter keeps your answer",
    "quiz.hint": "Press {keys} to answer, or ? for help.",
    "quiz.help_back": "Press any key to go back to the question.",
    "quiz.help_back_line": "Press Enter to go back to the question.",
    "quiz.done_title": "That’s all the questions!",
    "quiz.done_count.one": "You answered {answered} of {n} question.",
    "quiz.done_count.other": "You answered {answered} of {n} questions.",
    "quiz.done_keys": "Enter: see your results · b: go back · q: save and quit",
    "quiz.save_failed":
        "Warning: {error}. Your answers are kept in memory until the end of the quiz.",

    # the quiz from the command line: terminal, pause, save (cli/interactive.py)
    "quiz.no_tty":
        "the quiz needs a terminal to ask its questions; run it in a terminal, or give the "
        "answers with --answers FILE",
    "quiz.paused.one": "Quiz paused: {answered} of {n} question answered, saved in {path}",
    "quiz.paused.other": "Quiz paused: {answered} of {n} questions answered, saved in {path}",
    "quiz.resume_with": "Resume with: {command}",
    "quiz.nothing_saved": "Nothing to save yet. See you soon!",
    "quiz.interrupted": "interrupted",
    "quiz.save_failed_safe": "{error}. Your answers are safe in {path}; finish with: {command}",

    # saved progress (cli/interactive.py)
    "progress.corrupt":
        "The saved progress in {path} could not be read ({reason}). It was kept as {kept}. "
        "Starting a new quiz.",
    "progress.unreadable": "The saved progress could not be read: {reason}. Starting a new quiz.",
    "progress.changed": "The questions have changed since this quiz was saved: {kept}, {dropped}.",
    "progress.kept.one": "{n} answer kept",
    "progress.kept.other": "{n} answers kept",
    "progress.dropped.one": "{n} dropped (its question is gone)",
    "progress.dropped.other": "{n} dropped (their questions are gone)",
    "progress.changed_all_kept.one":
        "The questions have changed since this quiz was saved: your {n} answer still applies.",
    "progress.changed_all_kept.other":
        "The questions have changed since this quiz was saved: all {n} answers still apply.",
    "progress.from_workshop":
        "Your unfinished quiz was found in the workshop folder {folder} (saved on another "
        "computer).",
    "progress.none_to_resume": "No unfinished quiz in {folder}. Starting a new quiz.",
    "progress.unfinished":
        "You have an unfinished quiz ({answered} of {total} answered, saved {when}).",
    "progress.unfinished_keys":
        "r: resume it · n: start over (the answers given so far are discarded) · q: quit",

    # the adaptive quiz (engine/adaptive.py, quiz/session.py)
    "adaptive.settled.one":
        "Your top matches are settled after {n} of {total} questions — see your results, or keep "
        "going to refine them.",
    "adaptive.settled.other":
        "Your top matches are settled after {n} of {total} questions — see your results, or keep "
        "going to refine them.",
    "adaptive.adaptive_note.one":
        "Adaptive quiz: {n} of {total} questions asked; the other answers would very likely not "
        "change your #1 (estimated chance of a change: {chance}).",
    "adaptive.adaptive_note.other":
        "Adaptive quiz: {n} of {total} questions asked; the other answers would very likely not "
        "change your #1 (estimated chance of a change: {chance}).",
    "adaptive.length.one":
        "Up to {n} question: the quiz stops as soon as your top matches are clear. Your answers "
        "are saved as you go.",
    "adaptive.length.other":
        "Up to {n} questions: the quiz picks the most telling one each time and stops as soon as "
        "your top matches are clear, often after fifteen to twenty. Your answers are saved as "
        "you go.",
    "adaptive.settled_keys":
        "Enter: see your results · c: keep going · b: go back · q: save and quit",
    "adaptive.question.one": "Question {number} · about {n} more",
    "adaptive.question.other": "Question {number} · about {n} more",
    "adaptive.question_last": "Question {number} · probably the last one",
    "adaptive.question_refine": "Question {number} · refining your results",
    "adaptive.under_one": "under 1%",
    "adaptive.asked.one": "Adaptive quiz: {n} of {total} questions asked.",
    "adaptive.asked.other": "Adaptive quiz: {n} of {total} questions asked.",

    # reasons and notes of a result (engine/scoring.py)
    "scoring.lift": "You enjoy “{dim}” ({you}%) and the job needs it ({role}%).",
    "scoring.gap_need": "The job needs “{dim}” ({role}%) more than you seem to enjoy it ({you}%).",
    "scoring.gap_extra": "You enjoy “{dim}” ({you}%) but the job makes little use of it ({role}%).",
    "scoring.note_no_answers": "No question was answered: there is nothing to rank yet.",
    "scoring.note_few_answers.one":
        "You answered only {n} of {total} questions: the ranking is rough.",
    "scoring.note_few_answers.other":
        "You answered only {n} of {total} questions: the ranking is rough.",
    "scoring.note_no_preference":
        "Your answers show no clear preference (nearly the same answer everywhere): the ranking "
        "says little. Try again, using the whole scale.",
    "scoring.note_unclear_interests":
        "No interest stands out clearly: your answers about the same interest differ about as "
        "much as your answers about different ones, so this ranking could be down to chance. Take "
        "your time and answer again.",
    "scoring.note_weak_core":
        "{role} is only the closest of a poor set of matches, not necessarily a good fit: it "
        "mostly needs “{dim}”, which you don’t seem to enjoy ({you}%).",
    "scoring.note_weak_likes":
        "What you enjoy most, “{dim}” ({you}%), isn’t central to any of these jobs: the "
        "ranking shows the closest ones, not necessarily good fits.",
    "scoring.note_near_tie":
        "{first} and {second} are nearly tied ({gap} points apart): look at both.",
    "scoring.gap_extra_none": "You enjoy “{dim}” ({you}%) but the job doesn’t need it ({role}%).",

    # what keeps two salaries from being compared, beside those above (content/salary.py)
    "salary.basis_none": "gross or net stated for neither",
    "salary.basis_one": "gross or net stated for only one ({said})",
    "salary.period_none": "period stated for neither",
    "salary.period_one": "period stated for only one ({said})",
    "salary.place_none": "place stated for neither",
    "salary.place_one": "place stated for only one ({said})",

    # the language of the articles' quotes, when it is not the page's (content/cards.py)
    "cards.quotes_language": "Quotes in {language}, as the articles wrote them.",
    "language.fr": "French",
    "language.en": "English",

    # a file that cannot be read, or is not YAML or JSON, and answers that do not fit the
    # questions (content/yamlsafe.py, content/answers.py, content/load.py); "_hint": what to do
    "file.not_found": "file not found",
    "file.not_found_hint": "check the path",
    "file.is_folder": "is a folder, not a file",
    "file.is_folder_hint": "give the path of a file",
    "file.permission": "permission denied",
    "file.permission_hint": "check the file’s permissions",
    "file.unreadable": "cannot be read ({reason})",
    "file.too_large": "file too large (more than {kb} KB)",
    "file.too_large_hint": "content and answers files are a few KB; is this the right file?",
    "file.not_unicode": "not UTF-8 (byte 0x{byte} at offset {offset})",
    "file.not_unicode_hint": "save the file as UTF-8",
    "file.nul": "contains a NUL character",
    "file.nul_hint": "this is not a text file",
    "file.invalid_json": "invalid JSON: {message}",
    "file.did_you_mean": "did you mean '{value}'?",
    "file.known": "known: {values}",
    "yaml.control": "control character U+{code} is not allowed in YAML",
    "yaml.control_hint": "remove it, or write it as an escape inside double quotes (\"\\x1f\")",
    "yaml.alias": "aliases like *{anchor} are not allowed",
    "yaml.alias_hint": "write the value out in full instead of referring to an anchor",
    "yaml.tag": "tags like {tag} are not allowed",
    "yaml.tag_hint":
        "remove the tag; content files hold only text, numbers, lists and mappings",
    "yaml.too_deep": "nesting too deep (more than {n} levels)",
    "yaml.too_deep_hint":
        "content files need only a few levels; check the indentation and brackets",
    "yaml.nesting": "nesting too deep",
    "yaml.two_documents": "the file holds more than one YAML document (a second '---'?)",
    "yaml.two_documents_hint": "keep one",
    "yaml.tab": "a tab is used for indentation; YAML needs spaces",
    "yaml.tab_hint": "indent with spaces",
    "yaml.invalid": "invalid YAML: {message}",
    "yaml.invalid_hint": "check the indentation and quotes",
    "answers.unknown_question": "unknown question id '{id}'",
    "answers.not_on_scale": "the answer to '{id}' is {value}, not on the scale",
    "answers.not_on_scale_hint": "use one of {values}",
    "answers.result_without_answers": "this saved result holds no answers to score again",
    "answers.result_without_answers_hint":
        "use the answers file of the quiz, or a result saved by rolequiz quiz --save",
    "workshop.title_metavar": "TITLE",

    # the results screen (views/terminal/results.py, cli/results.py)
    "results.title": "Your results",
    "results.answered.one": "Answered {answered} of {n} question.",
    "results.answered.other": "Answered {answered} of {n} questions.",
    "results.headline": "Closest match: ",
    "results.headline_tie": "Closest matches, nearly tied: ",
    "results.headline_likes": "What you enjoy most: ",
    "results.headline_weak": "None of these jobs is a close fit: see below.",
    "results.headline_flat": "No role stands out yet: see below.",
    "results.and": " and ",
    "results.care": "Keep in mind",
    "results.ranking": "Roles, closest match first",
    "results.role": "Role",
    "results.score": "Score",
    "results.profile": "Your interests (50 = neutral)",
    "results.profile_hint.one": "{n} interest is unknown: none of your answers touch on it.",
    "results.profile_hint.other": "{n} interests are unknown: none of your answers touch on them.",
    "results.reasons": "Why these roles",
    "results.why": "Why {name}?",
    "results.no_reason": "No strong reason either way.",
    "results.compare": "Your top {n} compared",
    "results.salary": "Salary",
    "results.remote": "Remote work",
    "results.stress": "Stress",
    "results.outlook": "Job outlook",
    "results.skills": "Skills",
    "results.tools": "Tools",
    "results.deliverables": "Deliverables",
    "results.not_known": "not known",
    "results.more.one": "+{n} more",
    "results.more.other": "+{n} more",
    "results.next": "What next?",
    "results.next_show": "the full {name} card, with its sources",
    "results.next_compare": "compare your top roles in detail",
    "results.next_results": "show this result again",
    "results.next_save": "keep it in a file",
    "results.file": "my-result.json",
    "results.none_saved":
        "no saved result in {folder}; take the quiz first (rolequiz quiz), or give a result FILE",
    "results.other_content":
        "This result was made with other questions or roles than the ones loaded now: it is shown "
        "as it was saved.",
    "results.saved_to": "Result saved to {path}",

    # a result as a document: Markdown and HTML (views/markdown.py, views/html.py)
    "document.title": "Your rolequiz results",
    "document.answered.one": "Answered {answered} of {n} question.",
    "document.answered.other": "Answered {answered} of {n} questions.",
    "document.rank": "Rank",
    "document.role": "Role",
    "document.score": "Score",
    "document.dimension": "Dimension",
    "document.interest": "Interest",
    "document.unknown": "unknown",
    "html.made_with": "Made with rolequiz {version}.",
    "html.top_roles": "Your closest roles",
    "html.all_roles": "All roles",
    "html.score_means":
        "The score (0 to 100) says how close your interests are to what each job calls for. It is "
        "a starting point for a conversation, not a verdict.",

    # a date in words, and the days of a group report's quizzes (i18n.date_words,
    # views/report_html.py)
    "date.months":
        "January February March April May June July August September October November December",
    "date.first_day": "1",
    "date.format": "{day} {month} {year}",
    "html.report_day": "Quizzes taken on {date}",
    "html.report_days": "Quizzes taken from {first} to {last}",

    # role cards, the role list and comparisons (content/cards.py and their views)
    "cards.salary": "Salary",
    "cards.remote": "Remote work",
    "cards.stress": "Stress",
    "cards.outlook": "Job outlook",
    "cards.missions": "What you do",
    "cards.skills": "Skills",
    "cards.tools": "Tools",
    "cards.deliverables": "Deliverables",
    "cards.advantages": "Advantages",
    "cards.training": "How to get there",
    "cards.profile": "What the job calls for",
    "cards.facts": "Key facts",
    "cards.sources": "Sources",
    "cards.summary": "Summary",
    "cards.role": "Role",
    "cards.id": "id",
    "cards.score": "Score",
    "cards.not_known": "not known",
    "cards.roles_title": "The roles",
    "cards.roles_hint": "See one role: rolequiz show ID · compare: rolequiz compare ID ID",
    "cards.compare_title": "Side by side",
    "cards.legend_top": "▲ the role that needs it most, on the rows where these roles differ most",
    "cards.legend_shared": "= every role here has it",
    "cards.your_rank": "#{rank} of {total}",
    "cards.rank": "#{rank}",
    "cards.unknown_role": "no role '{role}' in {file}",
    "cards.did_you_mean": "did you mean {ids}? (rolequiz roles lists them all)",
    "cards.list_them": "rolequiz roles lists them all",
    "cards.or": " or ",
    "cards.compare_count": "compare takes {low} to {high} roles, not {n}",
    "cards.compare_count_hint": "for example: rolequiz compare data-analyst data-scientist",
    "cards.compare_twice": "'{role}' is named twice",
    "cards.top_needs_results": "--top needs --results FILE (a saved quiz result)",
    "cards.top_and_roles": "give either role ids or --top N, not both",
    "cards.top_too_few": "{file} has only {n} of these roles with a score; cannot compare {top}",
    "cards.results_other_roles":
        "{file} was made with other roles: none of its roles is in {roles}",
    "cards.results_other_roles_hint": "give the --roles file used for the quiz",

    # where the cards' statements come from, what the sources do not say (content/cards.py,
    # content/salary.py and their views)
    "cards.notes": "Good to know",
    "cards.not_stated": "not stated in the sources",
    "cards.not_stated_facts": "Not stated in the sources: {facts}.",
    "cards.not_stated_mark": "– not stated in the sources",
    "cards.salary_level": "Salary, {level}",
    "cards.quote": "“{text}”",
    "cards.title_quoted": "“{text}”",
    "cards.undated": "no date given",
    "cards.judgement": "The quiz authors’ judgement: {text}",
    "cards.no_basis": "The quiz authors’ judgement: no source mentions this for this job.",
    "cards.sources_hint": "The articles’ own words behind each line: rolequiz show {id} --sources",
    "cards.advice_hint": "Advice on choosing, from the articles: rolequiz show --advice",
    "cards.glossary_line": "In the glossary (rolequiz show --glossary): {terms}",
    "cards.advice_title": "Advice on choosing, from the articles",
    "cards.glossary_title": "Glossary",
    "cards.glossary_intro": "Explanations written for rolequiz, not taken from the articles.",
    "cards.show_what": "give a ROLE, or --advice, or --glossary",
    "cards.show_one": "give a ROLE, --advice or --glossary: one of them at a time",
    "salary.level.junior": "Starting out",
    "salary.level.all": "Experience level not stated",
    "salary.level.senior": "With experience",
    "salary.up_to": "up to {amount}",
    "salary.from": "from {amount}",
    "salary.basis.gross": "gross",
    "salary.basis.net": "net",
    "salary.period.year": "a year",
    "salary.period.month": "a month",
    "salary.average": "on average",
    "salary.unstated.basis": "gross or net not stated",
    "salary.unstated.period": "per what period not stated",
    "salary.unstated.basis_period": "gross or net, and per what period, not stated",
    "salary.separator": "; ",
    "salary.diff_currency": "different currencies, {a} for one, {b} for the other",
    "salary.diff_basis": "{a} for one, {b} for the other",
    "salary.diff_period": "{a} for one, {b} for the other",
    "salary.diff_place": "different places, {a} for one, {b} for the other",
    "salary.and": "; ",
    "salary.not_comparable": "These salaries can’t be compared for {a} and {b}, {level}: {why}.",
    "salary.not_comparable_levels":
        "These salaries can’t be compared for {a} and {b}: different experience levels, {la} "
        "for one, {lb} for the other.",
    "results.not_stated_mark": "– not stated in the sources",

    # the group report (group/report.py and its views)
    "report.title": "Group report",
    "report.participants": "Participants: {n}",
    "report.in_progress": "Quizzes still in progress: {n}",
    "report.first_matches": "Top matches",
    "report.ties.one": "A tie for first place counts once for each tied role ({n} participant).",
    "report.ties.other":
        "A tie for first place counts once for each tied role ({n} participants).",
    "report.profile": "Average interests",
    "report.spread": "spread",
    "report.range": "range",
    "report.people": "Participants",
    "report.participant": "Participant",
    "report.code": "Code",
    "report.finished": "Finished",
    "report.answered": "Answered",
    "report.total": "Questions",
    "report.notes": "Notes",
    "report.first": "1st",
    "report.second": "2nd",
    "report.third": "3rd",
    "report.role": "Role",
    "report.dimension": "Dimension",
    "report.count": "Participants",
    "report.mean": "Mean",
    "report.unmatched": "Roles that were nobody’s top match",
    "report.more_roles.one": "… and {n} more role (every role: --format csv or json).",
    "report.more_roles.other": "… and {n} more roles (every role: --format csv or json).",
    "report.none": "none",
    "report.unclear": "Results with no clear preference: {n}",
    "report.content": "Content {id}",
    "report.other_content":
        "Results made with different questions or roles from the workshop’s: shown separately.",
    "report.skipped": "Files skipped: {n}",
    "report.no_results": "No results yet.",
    "report.unknown": "unknown",
    "report.anon": "#{n}",
    "report.csv_groups":
        "these results come from {n} different question/role sets ({ids}); a CSV holds one: "
        "choose one with --content ID, or keep each group in its own folder",

    # why a file was skipped
    "report.skip.unreadable": "cannot be read",
    "report.skip.empty": "empty (still being written, or cut off)",
    "report.skip.too-big": "too large to be a result",
    "report.skip.not-json": "not a JSON file",
    "report.skip.not-a-result": "not a rolequiz result",
    "report.skip.damaged": "damaged or cut off",
    "report.skip.duplicate": "duplicate of {first}",
    "report.skip.duplicate_anon": "duplicate",

    # rolequiz report and rolequiz workshop (cli/workshop.py, cli/join.py)
    "report.written": "Report written to {path}",
    "report.watching": "Ctrl-C to stop. Updated {time}, watching {folders}",
    "report.skipped_line": "skipped {path}: {reason}",
    "report.skipped_count.one": "{n} file skipped (see the report)",
    "report.skipped_count.other": "{n} files skipped (see the report)",
    "report.watch_table":
        "--watch shows a live table on the screen; leave out --format and --output",
    "workshop.ready": "Workshop “{title}” is ready in {folder} (content {content}).",
    "workshop.unsent":
        "Your result could not be saved into the workshop folder ({error}). It is safe on "
        "this computer in {path}; when the folder can be reached again, send it with: "
        "{command}",
    "workshop.unsent_lost":
        "Your result could be saved neither in the workshop folder ({error}) nor on this "
        "computer ({error2}): show this screen to your counselor.",
    "submit.sent": "Sent to the workshop: {path}",
    "submit.none": "No result waiting to be sent to this workshop in {folder}.",
    "submit.bad": "Not sent, kept in {path}: {error}",

    # each participant's trust mark, the figures' unclear results, the top 3, the times
    # and the handouts (group/report.py and its views)
    "report.result": "Result",
    "report.clear": "clear",
    "report.not_clear": "unclear: {why}",
    "report.doubt.few_answers": "few answers",
    "report.doubt.no_preference": "no preference",
    "report.doubt.unclear_interests": "unclear interests",
    "report.doubt.near_tie": "near tie",
    "report.doubt.weak_fit": "weak fit",
    "report.doubt.no_answers": "no answers",
    "report.firsts.one": "{n} first match",
    "report.firsts.other": "{n} first matches",
    "report.results.one": "{n} result",
    "report.results.other": "{n} results",
    "report.of_them_unclear.one": "{n} of them unclear",
    "report.of_them_unclear.other": "{n} of them unclear",
    "report.figure_with_unclear": "{figure}, {unclear}.",
    "report.figure_clear_only": "{figure} (clear results only).",
    "report.averages_with_unclear": "Averages over {figure}, {unclear}.",
    "report.averages_clear_only": "Averages over {figure} (clear results only).",
    "report.left_out.one":
        "Only clear results are counted: {n} unclear result is left out of the figures (it is "
        "still listed with the participants).",
    "report.left_out.other":
        "Only clear results are counted: {n} unclear results are left out of the figures "
        "(they are still listed with the participants).",
    "report.top_three": "Roles in the students' top 3",
    "report.in_top_three": "Top 3",
    "report.unclear_column": "of them unclear",
    "report.top_three_ties": "A tie counts for every role tied, at first place as at third.",
    "report.months_short": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "report.time": "{day} {month} {year} {time} ({zone})",
    "report.handouts_title": "{title}: one page per student",
    "report.handout_clear": "This result is clear.",
    "report.handout_not_clear": "This result is unclear: {why}.",
    "report.handouts_html":
        "--handouts writes an HTML page to print: leave out --watch, and --format (or give "
        "--format html)",
    "report.handouts_written.one": "Handouts for {n} student written to {path}",
    "report.handouts_written.other": "Handouts for {n} students written to {path}",

    # rolequiz workshop (cli/workshop.py, cli/join.py)
    "workshop.saved":
        "Your result is saved in {path}\n"
        "Your code: {code} (note it: it identifies your result without your name)",
    "workshop.name_needs_workshop":
        "--name is for a workshop: add --workshop DIR (the folder of the group)",

    # joining a workshop: the folder typed, its manifest, the content it pins; what
    # `workshop init` tells the counselor (group/manifest.py, cli/join.py, cli/workshop.py)
    "workshop.students_type":
        "Students type (adding --name and a name or a pseudonym, if they like):",
    "workshop.short_form": "Short version to write on the board (from {cwd}):",
    "workshop.report_with": "Group report:",
    "workshop.needs_title": "the workshop needs a title: --title \"Class 2B, March\"",
    "workshop.already":
        "{folder} is already a workshop folder ({manifest} exists); choose a new folder for a "
        "new group",
    "workshop.not_a_folder": "{folder} exists and is not a folder",
    "workshop.cannot_read": "cannot read {path}: {reason}",
    "workshop.manifest_fix":
        "restore it from a copy, or prepare a new folder with: rolequiz workshop init",
    "workshop.manifest_not_json": "{path}: not valid JSON (damaged?); {fix}",
    "workshop.manifest_schema": "{path}: not a rolequiz workshop manifest (schema {schema}); {fix}",
    "workshop.manifest_incomplete": "{path}: incomplete workshop manifest; {fix}",
    "workshop.manifest_not_a_file":
        "{path} is not a regular file (a pipe or a device?); it was not opened",
    "workshop.manifest_too_big": "{path}: too large to be a workshop manifest",
    "workshop.manifest_outside": "{path}: content file {name} is not inside the folder",
    "workshop.content_changed":
        "{path} was changed after the workshop was prepared; restore it, or prepare a new "
        "folder with: rolequiz workshop init",
    "workshop.not_pinned_questions":
        "{path} is not the questions file of the workshop “{title}” ({manifest}); leave out "
        "--questions to use the workshop’s own copy",
    "workshop.not_pinned_roles":
        "{path} is not the roles file of the workshop “{title}” ({manifest}); leave out "
        "--roles to use the workshop’s own copy",
    "workshop.did_you_mean_student": "no workshop at {folder} — did you mean {choices}?",
    "workshop.did_you_mean_counselor": "no workshop at {folder} — did you mean {choices}?",
    "workshop.choice": "{folder} ({title})",
    "workshop.or": " or ",
    "workshop.no_workshop_student":
        "no workshop at {folder} ({reason}): check the folder’s name with the person who runs "
        "the workshop",
    "workshop.no_workshop_counselor":
        "no workshop at {folder} ({reason}): check its name, or prepare it with: {command}",
    "workshop.reason_missing": "the folder does not exist",
    "workshop.reason_file": "it is a file, not a folder",
    "workshop.reason_no_manifest": "no {manifest} in it",
    "workshop.no_such_file": "{path}: no such file or folder",
    "workshop.folder_gone":
        "the workshop folder {folder} is not there any more (network, USB stick?); the result "
        "was not saved, and the folder was not created again",
    # sealed workshops: the counselor's key, its export, `workshop close`, and what a
    # student is told of their code (cli/keys.py, cli/close.py, cli/interactive.py)
    "seal.init_sealed":
        "Results are sealed: only the key kept on this computer opens them (key {key_id}, in "
        "{path}). To read them on another computer, export it, locked with a passphrase:",
    "seal.init_open":
        "warning: --open keeps every result in plain text: anyone who can open the folder "
        "can read each student’s name, answers and interests",
    "seal.no_key":
        "the results in {folder} are sealed for the counselor who prepared “{title}” "
        "(workshop {id}, key {key_id}), and that key is not on this computer: run the report "
        "where the workshop was prepared, or export the key there with `rolequiz workshop "
        "key export DIR --output FILE` and give it here with --key FILE (or keep it here "
        "with `rolequiz workshop key import FILE`)",
    "seal.manifest_key_changed":
        "the key named in {folder}/workshop.json ({key_id}) is not this workshop’s key "
        "({kept}): results saved since it changed cannot be opened here, and whoever "
        "changed it may be able to read them",
    "seal.open_workshop": "{folder} is an open workshop (prepared with --open): it has no key",
    "seal.export_inside":
        "write the key outside the workshop folder {folder}: students could try passphrases "
        "on it there",
    "seal.exported":
        "The key of “{title}” is written to {path}, locked with your passphrase. On the "
        "other computer:\n  {report}\nor, to keep it there:\n  {imported}",
    "seal.imported": "The key of “{title}” is kept on this computer in {path}",
    "seal.import_other":
        "this computer already keeps another key for “{title}” ({path}); it was left as it is",
    "seal.key_unreadable": "cannot read the key {path}: {reason}",
    "seal.not_a_key": "{path} is not a key written by `rolequiz workshop key export` ({reason})",
    "seal.wrong_passphrase": "wrong passphrase for the key of “{title}” in {path}",
    "seal.passphrase_prompt": "Passphrase: ",
    "seal.passphrase_again": "The same passphrase again: ",
    "seal.passphrase_mismatch": "the two passphrases differ; nothing was written",
    "seal.passphrase_empty": "the passphrase is empty",
    "seal.passphrase_short": "choose a passphrase of {n} characters or more",
    "seal.passphrase_no_terminal":
        "no terminal to ask the passphrase on: give it with --passphrase-file FILE",
    "seal.passphrase_unreadable": "cannot read the passphrase from {path}: {reason}",
    "close.output_inside":
        "{path} is inside {folder}, whose students’ files this command deletes: write the "
        "export elsewhere",
    "close.format": "{path}: say the format with the extension, one of {formats}",
    "close.nothing": "No result or quiz in progress to delete in {folder}.",
    "close.confirm.one": "Delete {n} file of students’ data from {folder}?",
    "close.confirm.other": "Delete {n} files of students’ data from {folder}?",
    "close.needs_yes": "closing deletes the students’ results: add --yes to confirm",
    "close.cancelled": "nothing was deleted",
    "close.deleted": "Deleted from {folder}: {results}, {progress}:",
    "close.results.one": "{n} result",
    "close.results.other": "{n} results",
    "close.progress.one": "{n} quiz in progress",
    "close.progress.other": "{n} quizzes in progress",
    "close.not_deleted": "could not delete {path}: {reason}",
    "report.workshop_of": "Workshop of {date}",
    "report.age.one": "Workshop of {date}; its oldest result is {n} day old",
    "report.age.other": "Workshop of {date}; its oldest result is {n} days old",
    "workshop.resume_elsewhere":
        "Your code is {code}: on another computer, go on with: {command}",
    "progress.sealed_needs_code":
        "A quiz started on another computer opens with its code only: resume with "
        "--name and your code.",
    "report.folder_unreadable": "cannot read the folder {path}: {reason}",
    "report.no_such_content": "no results made with content '{content}'; found: {known}",
    "report.live_counts":
        "Finished: {finished} · In progress: {in_progress} · No clear preference: {unclear}",
    "report.live_more.one": "… and {n} more: {command}",
    "report.live_more.other": "… and {n} more: {command}",
    "report.live_cut": "… cut to fit the screen: {command}",

    # output formats and files (cli/choices.py, cli/emit.py)
    "format.unsupported": "{command} cannot write --format {format}; use one of: {names}",
    "output.saved": "Saved to {path}",

    # files that are not what they seem, outputs that cannot be written, saves cut off,
    # long work (cli/emit.py, cli/workshop.py, cli/clean.py, cli/live.py, cli/validate.py,
    # group/reader.py, group/manifest.py)
    "output.read_only":
        "{path} is read-only: it was not replaced; write to another file, or make it "
        "writable first",
    "report.output_inside":
        "{path} is inside {folder}, which the report reads (students' results are saved "
        "there): write the report elsewhere, or add --force",
    "report.output_is_input":
        "{path} is one of the files the report reads: write the report elsewhere, or add "
        "--force",
    "report.waiting":
        "Ctrl-C to stop. {folders} cannot be reached since {time} (a network share "
        "reconnecting?): waiting for it, the last report stays",
    "report.leftovers.one":
        "{n} file left by a save that was cut off (an empty result or a temporary file); "
        "to recover the whole results and remove the rest: {command}",
    "report.leftovers.other":
        "{n} files left by saves that were cut off (empty results or temporary files); to "
        "recover the whole results and remove the rest: {command}",
    "clean.recovered": "Recovered {temp} as {path}",
    "clean.removed": "Removed {path}",
    "clean.locked": "Left {path} as it is: sealed with a key that is not on this computer, it "
                    "may hold a whole result",
    "clean.locked_hint": "To recover it, bring the workshop’s key here (rolequiz workshop key "
                         "import FILE) and run this again.",
    "clean.nothing": "Nothing to clean in {folder}.",
    "clean.failed": "could not clean {path}: {reason}",
    "workshop.holds_results.one":
        "{folder} already holds {n} result of an earlier group (and no workshop.json): it "
        "would count in this workshop's report; choose an empty folder, or add --force",
    "workshop.holds_results.other":
        "{folder} already holds {n} results of an earlier group (and no workshop.json): they "
        "would count in this workshop's report; choose an empty folder, or add --force",
    "workshop.content_not_plain":
        "{path} is a link or not a plain folder or file: the workshop's content would be "
        "copied wherever it points; remove it, or choose another folder",
    "validate.progress.one": "Simulated respondents scored: {n}…",
    "validate.progress.other": "Simulated respondents scored: {n}…",

    # rolequiz validate: the content's summary, simulated respondents, real answers
    # (cli/validate.py, views/validity.py)
    "validate.summary_questions": "{path}: {dimensions}, {questions}, scale {low}-{high}",
    "validate.summary_roles": "{path}: {roles}, {sources}",
    "validate.dimensions.one": "{n} dimension",
    "validate.dimensions.other": "{n} dimensions",
    "validate.questions.one": "{n} question",
    "validate.questions.other": "{n} questions",
    "validate.roles.one": "{n} role",
    "validate.roles.other": "{n} roles",
    "validate.sources.one": "{n} source",
    "validate.sources.other": "{n} sources",
    "validate.languages": "languages: {langs}",
    "validate.no_problems": "OK: no problems found",
    "validate.ok_mark": "ok",
    "validate.below": "BELOW TARGET",
    "validate.and": ", ",
    "validate.versus": "{what} {a} vs {b}",
    "validate.lowered": "(Fewer than the usual {usual}: the content has {roles} roles; {option} N "
                        "sets the number.)",
    "validate.rows_hidden.one": "... and {n} more role, not shown: the {shown} weakest are above.",
    "validate.rows_hidden.other":
        "... and {n} more roles, not shown: the {shown} weakest are above.",
    "validate.sim_title": "Simulation (seed {seed})",
    "validate.ideal_intro.one":
        "Ideal and noisy respondents: each role’s ideal respondent, then {n} noisy respondent "
        "per role (each answer moved one step with probability {p}).",
    "validate.ideal_intro.other":
        "Ideal and noisy respondents: each role’s ideal respondent, then {n} noisy respondents "
        "per role (each answer moved one step with probability {p}).",
    "validate.ideal_only": "Ideal respondents: each role’s ideal respondent, no noisy ones.",
    "validate.ideal_targets":
        "Targets: the ideal respondent ranks the role #1 by at least {margin} points; noisy "
        "respondents have it #1 at least {top1} and in the top 3 at least {top3} of the time.",
    "validate.col_role": "role",
    "validate.col_ideal": "ideal",
    "validate.col_margin": "margin",
    "validate.col_runner_up": "runner-up",
    "validate.col_top_one": "top-1",
    "validate.col_top_three": "top-3",
    "validate.col_clear": "clear",
    "validate.ideal_all_ok": "All roles reach the targets.",
    "validate.ideal_missed.one":
        "{n} role of {total} misses the targets: make its profile or the questions more "
        "distinct.",
    "validate.ideal_missed.other":
        "{n} roles of {total} miss the targets: make their profiles or the questions more "
        "distinct.",
    "validate.undecided_intro": "Undecided respondents: {groups}.",
    "validate.random_group.one":
        "{n} respondent answering at random over the whole scale ({low} to {high})",
    "validate.random_group.other":
        "{n} respondents answering at random over the whole scale ({low} to {high})",
    "validate.shrugging_group.one":
        "{n} shrugging respondent (answering at random, {low} to {high} only)",
    "validate.shrugging_group.other":
        "{n} shrugging respondents (answering at random, {low} to {high} only)",
    "validate.no_shrugging":
        "No shrugging respondents: the scale ({low} to {high}) has no value between its ends.",
    "validate.undecided_targets":
        "Targets: a clear result for at most {clear} of them; no role #1 for more than "
        "{magnet}.",
    "validate.col_group": "respondents",
    "validate.col_magnet": "most often #1",
    "validate.group_random": "random",
    "validate.group_shrugging": "shrugging",
    "validate.magnet": "{role} ({share})",
    "validate.realistic_intro":
        "Realistic respondents: {n} per role, whose interests are the role’s needs with a spread "
        "of {spread} on each dimension, and whose answers follow their interests with a spread of "
        "{noise} scale steps.",
    "validate.realistic_sample":
        "Only {n} of the {total} roles, drawn at random with the seed, get them.",
    "validate.realistic_targets":
        "Targets, over all of them: the role #1 alone for at least {top1}, in the top 3 for at "
        "least {top3}, a clear result for at least {clear}.",
    "validate.realistic_all": "all roles",
    "validate.realistic_weak": "* below the targets: the roles to work on first.",
    "validate.pairs_title":
        "Closest pairs (RMS difference of profiles, 0-1), what separates their profiles, and "
        "the questions whose ideal answers differ most:",
    "validate.pair": "  {a} ~ {b}: {distance}  ({dims})",
    "validate.pair_items.one": "    {n} question of {total} separates them: {items}",
    "validate.pair_items.other": "    {n} questions of {total} separate them: {items}",
    "validate.pair_no_items":
        "    No question separates them: their ideal respondents answer alike.",
    "validate.dead.one":
        "{n} question tells no roles apart (the same ideal answer for every role): {items}",
    "validate.dead.other":
        "{n} questions tell no roles apart (the same ideal answer for every role): {items}",
    "validate.dead_none":
        "Questions that tell no roles apart (the same ideal answer for every role): none.",
    "validate.results_title": "Real answers in {folder}: {students}.",
    "validate.students.one": "{n} participant",
    "validate.students.other": "{n} participants",
    "validate.results_other_content.one":
        "{n} result made with other questions is left out.",
    "validate.results_other_content.other":
        "{n} results made with other questions are left out.",
    "validate.results_no_answers.one": "{n} result without its answers is left out.",
    "validate.results_no_answers.other": "{n} results without their answers are left out.",
    "validate.results_files_skipped.one":
        "{n} file skipped (not a result, damaged, or a duplicate).",
    "validate.results_files_skipped.other":
        "{n} files skipped (not results, damaged, or duplicates).",
    "validate.results_too_few":
        "Too few to tell: at least {n} participants are needed; nothing is judged.",
    "validate.results_targets":
        "Targets: each question correlates at least {r} with the other questions of its "
        "dimension (corrected item-total correlation); each dimension’s Cronbach’s alpha is at "
        "least {alpha}.",
    "validate.col_dimension": "dimension",
    "validate.col_questions": "questions",
    "validate.col_students": "participants",
    "validate.col_alpha": "alpha",
    "validate.col_question": "question",
    "validate.col_r": "r",
    "validate.reversed": "{item} (reversed)",
    "validate.cannot_tell": "cannot tell",
    "validate.too_few_here": "too few to tell",
    "validate.results_ok": "Every question and dimension reaches the targets.",
    "validate.results_missed":
        "Questions or dimensions below the targets: reword, move or drop them, then check "
        "again with the next group.",
    "validate.all_met": "All targets met.",
    "validate.missed": "Targets missed: {parts}.",
    "validate.part_ideal": "ideal and noisy respondents",
    "validate.part_random": "random respondents",
    "validate.part_shrugging": "shrugging respondents",
    "validate.part_realistic": "realistic respondents",
    "validate.part_results": "real answers",
    # the results browser (cli/browse.py, views/terminal/summary.py)
    "browse.code": "Your code: ",
    "browse.code_why": "(note it: it identifies your result without your name)",
    "browse.keys_summary":
        "{cards} role card · c compare top 3 · r all roles · i interests · s save · q quit",
    "browse.keys_saved": "{cards} role card · c compare top 3 · r all roles · i interests · q quit",
    "browse.keys_view": "{cards} role card · c compare · r all roles · i interests"
        " · Enter back · q quit",
    "browse.keys_scroll": "↑↓ space: lines {first}–{last} of {total}",
    "browse.keys_scroll_ascii": "up/down/space: lines {first}-{last} of {total}",
    "browse.line_prompt": "Type {cards} (role card), c, r, i{save} or q, then Enter:",
    "browse.line_save": ", s",
    "browse.line_help":
        "c: compare your top 3 · r: all roles · i: your interests · s: save · q: quit",
    "browse.card_title": "{rank}. {name}: {score} out of 100",
    "browse.saved": "Saved to {path}.",
    "browse.already_saved": "Already saved to {path}.",
    "browse.not_saved": "Could not save: {error}",
    "browse.again": "Show it again:",
    "browse.no_card": "No card for this role in these roles files.",
    "save.to": "could not save {what} to {path}: {reason}",
    "save.in": "could not save {what} in {path}: {reason}",
    "save.folder": "could not create the folder {path}: {reason}",
    "save.no_name": "could not find a free file name for {what} in {path}",
    "save.unreadable_there":
        "could not save {what} to {path}: the file already there cannot be read ({reason}), "
        "so it is kept as it is; move it away to save this quiz",
    "save.what.result": "the result",
    "save.what.quiz_progress": "the quiz progress",
    "save.what.progress": "the progress",
    "save.what.workshop_manifest": "the workshop manifest",
    "save.what.report": "the report",
    "save.what.workshop_key": "the workshop key",
    "save.what.output": "the output",
    "save.what.file": "the file",
    "os.enospc": "No space left on device",
    "os.eacces": "Permission denied",
    "os.eperm": "Operation not permitted",
    "os.erofs": "Read-only file system",
    "os.enoent": "No such file or directory",
    "os.eisdir": "Is a directory",
    "os.enotdir": "Not a directory",
    "os.eexist": "File exists",
    "os.enametoolong": "File name too long",
    "os.eio": "Input/output error",
    "os.efbig": "File too large",
    "os.edquot": "Disk quota exceeded",
    "os.not_regular": "not a regular file: a pipe or a device",
    "os.too_large": "too large",
    "workshop.manifest_unusable":
        "the workshop’s manifest cannot be read ({error}); the result was not saved into the "
        "folder",
    "workshop.other_workshop": "this result belongs to another workshop (id {id}), not to {folder}",
    "workshop.not_a_code": "'{code}' is not a participant code (6 letters and digits)",
    "workshop.progress_damaged":
        "the progress file {path} is damaged; it was kept as {kept}; start the quiz again",
    "workshop.no_progress": "no saved progress with code {code} in {folder}; {known}",
    "workshop.pending_count.one": "{n} quiz in progress here",
    "workshop.pending_count.other": "{n} quizzes in progress here",
    "workshop.pending_codes": "quizzes in progress here: {codes}",
    "workshop.no_pending": "no quiz is in progress in this folder",
    "workshop.resume_sealed":
        "quizzes in progress in {folder} are sealed: resume with your code (--name CODE), the "
        "one shown when the quiz stopped",
    "workshop.none_in_progress":
        "no quiz is in progress in {folder}; start a new one without --resume",
    "workshop.none_in_progress_named":
        "no quiz is in progress in {folder} under the name '{name}'; start a new one without "
        "--resume",
    "workshop.say_which":
        "say which quiz to resume with --name CODE; in progress in {folder}: {codes}",
    "seal.why.first_line": "not a sealed rolequiz file (its first line is damaged)",
    "seal.why.other_key":
        "sealed for another key ({kid}): another workshop's, or a key that is not the counselor's",
    "seal.why.altered": "does not open with the workshop's key: altered or cut off",
    "seal.why.no_key": "sealed, and no key was given to open it",
    "seal.why.not_key": "not a rolequiz workshop key",
    "seal.why.not_key_damaged": "not a rolequiz workshop key (damaged?)",
    "seal.why.halves": "a damaged workshop key (its two halves do not match)",
    "seal.why.protection": "an exported key with unknown protection",
    "seal.why.not_export": "not an exported rolequiz workshop key",
    "seal.why.not_export_damaged": "not an exported rolequiz workshop key (damaged?)",
    "seal.why.not_progress": "not a sealed progress file",
    "seal.why.code_altered": "does not open with this code: altered or cut off",
    "report.detail.missing_part": "a required part is missing",
    "report.detail.no_roles": "no roles in the result",
    "report.detail.bad_roles": "a role's id, name or score is wrong, or out of order",
    "report.detail.no_profile": "no interest profile",
    "report.detail.bad_dimension": "a dimension id is not text",
    "report.detail.bad_interest": "an interest is not a number from 0 to 1",
    "report.detail.bad_name": "a role's name is not text",
    "report.detail.bad_count": "the number of answers is wrong",
    "report.detail.not_unicode": "not UTF-8 text",
    "report.detail.too_deep": "nesting too deep",
    "report.detail.cut_off": "cut off before its end",
    "report.detail.json_at": "line {line}, column {column}",
    "workshop.file_word": "FILE",
    "args.usage": "Usage: {usage}",
    "args.try_help": "Try '{command}' for help.",
    "args.error": "Error: {message}",
    "args.bad_choice": "Invalid value for {option}: '{value}' is not one of {choices}.",
    "args.not_a_number": "Invalid value for {option}: '{value}' is not a valid number.",
    "args.bad_value": "Invalid value for {option}: {reason}",
    "args.no_option": "No such option: {option}",
    "args.did_you_mean": "Did you mean {option}?",
    "args.possible": "(Possible options: {options})",
    "args.no_command": "No such command '{command}'.",
    "args.needs_value": "Option '{option}' requires an argument.",
    "args.missing_argument": "Missing argument '{name}'.",
    "args.missing_option": "Missing option '{name}'.",
    "args.extra": "Got unexpected extra arguments ({args})",
    "progress.when": "on {date} at {time}",
    "progress.when_unknown": "at a time not known",
    "quiz.done_skipped.one":
        "{n} question skipped (number {numbers}). Press b to go back to it, or see your results "
        "now.",
    "quiz.done_skipped.other":
        "{n} questions skipped (numbers {numbers}). Press b to go back to them, or see your "
        "results now.",
    "report.age_today": "Workshop of {date}; its oldest result is from today",
    "results.rank_column": "#",
    "salary.in_currency.eur": "in euros",
    "salary.in_currency.usd": "in dollars",
    "salary.in_currency.gbp": "in pounds sterling",
    "salary.in_currency_code": "in {code}",
}
