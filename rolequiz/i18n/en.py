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
        "Your top matches are already clear after {n} of {total} questions: see your results, or "
        "keep going to refine them.",
    "adaptive.settled.other":
        "Your top matches are already clear after {n} of {total} questions: see your results, or "
        "keep going to refine them.",
    "adaptive.adaptive_note.one":
        "Adaptive quiz: {n} of {total} questions asked; the remaining questions would very likely "
        "not change your #1 (estimated chance of a change: {chance}).",
    "adaptive.adaptive_note.other":
        "Adaptive quiz: {n} of {total} questions asked; the remaining questions would very likely "
        "not change your #1 (estimated chance of a change: {chance}).",
    "adaptive.length.one":
        "Up to {n} question: the quiz stops as soon as your top matches are clear. Your answers "
        "are saved as you go.",
    "adaptive.length.other":
        "Up to {n} questions: the quiz picks the most telling one each time and stops as soon as "
        "your top matches are clear, often after fifteen to twenty of them. Your answers are "
        "saved as you go.",
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
    "file.is_folder": "is a folder, not a file",
    "file.permission": "permission denied",
    "file.unreadable": "cannot be read ({reason})",
    "file.too_large": "file too large (more than {kb} KB)",
    "file.too_large_hint": "content and answers files are a few KB; is this the right file?",
    "file.not_unicode": "not UTF-8 (byte 0x{byte} at offset {offset})",
    "file.nul": "contains a NUL character",
    "file.nul_hint": "this is not a text file",
    "file.invalid_json": "invalid JSON: {message}",
    "file.known": "known: {values}",
    "yaml.control": "control character U+{code} is not allowed in YAML",
    "yaml.alias": "aliases like *{anchor} are not allowed",
    "yaml.tag": "tags like {tag} are not allowed",
    "yaml.too_deep": "nesting too deep (more than {n} levels)",
    "yaml.nesting": "nesting too deep",
    "yaml.two_documents": "the file holds more than one YAML document (a second '---'?)",
    "yaml.tab": "a tab is used for indentation; YAML needs spaces",
    "yaml.invalid": "invalid YAML: {message}",
    "answers.unknown_question": "unknown question id '{id}'",
    "answers.not_on_scale": "the answer to '{id}' is {value}, not on the scale",
    "answers.not_on_scale_hint": "use one of {values}",
    "answers.result_without_answers": "this saved result holds no answers to score again",
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
        "no saved results in {folder}; take the quiz first (rolequiz quiz), or give a result FILE",
    "results.other_content":
        "This result was made with different questions or roles from the ones loaded now: it is "
        "shown as it was saved.",
    "results.saved_to": "Result saved to {path}",

    # a result as a document: Markdown and HTML (views/markdown.py, views/html.py)
    "document.title": "Your rolequiz results",
    "document.answered.one": "Answered {answered} of {n} question.",
    "document.answered.other": "Answered {answered} of {n} questions.",
    "document.rank": "Rank",
    "document.role": "Role",
    "document.score": "Score",
    "document.dimension": "Interest",
    "document.interest": "Level",
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
    "date.clock": "{hour:02d}:{minute:02d}",
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
    "cards.show_one": "give a ROLE, --advice or --glossary, but only one of them",
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
    "salary.unstated.period": "yearly or monthly not stated",
    "salary.unstated.basis_period": "gross or net, yearly or monthly, not stated",
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
    "report.spread": "Spread",
    "report.range": "Range",
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
    "report.dimension": "Interest",
    "report.count": "Participants",
    "report.mean": "Mean",
    "report.unmatched": "Roles that were nobody’s top match",
    "report.more_roles.one": "… and {n} more role (--format csv or json lists every role).",
    "report.more_roles.other": "… and {n} more roles (--format csv or json lists every role).",
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
    "report.watching": "Press Ctrl-C to stop. Updated at {time}; watching {folders}",
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
        "Your result could not be saved in the workshop folder ({error}) or on this computer "
        "({error2}): show this screen to your counsellor.",
    "submit.sent": "Sent to the workshop: {path}",
    "submit.none": "No results waiting to be sent to the workshop in {folder}.",
    "submit.bad": "Not sent, kept in {path}: {error}",

    # each participant's trust mark, the figures' unclear results, the top 3, the times
    # and the handouts (group/report.py and its views)
    "report.result": "Result",
    "report.clear": "clear",
    "report.not_clear": "unclear: {why}",
    "report.doubt.few_answers": "few answers",
    "report.doubt.no_preference": "no clear preference",
    "report.doubt.unclear_interests": "inconsistent answers",
    "report.doubt.near_tie": "near tie",
    "report.doubt.weak_fit": "weak fit",
    "report.doubt.no_answers": "no answers",
    "report.firsts.one": "{n} top match",
    "report.firsts.other": "{n} top matches",
    "report.results.one": "{n} result",
    "report.results.other": "{n} results",
    "report.of_them_unclear.one": "{n} of them unclear",
    "report.of_them_unclear.other": "{n} of them unclear",
    "report.none_unclear": "0 of them unclear",
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
    "report.top_three": "Roles in the students’ top 3",
    "report.in_top_three": "Top 3",
    "report.unclear_column": "Unclear",
    "report.top_three_ties": "A tie counts once for each tied role, in first place as in third.",
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
        "Your code: {code} (write it down: it identifies your result without your name)",
    "workshop.name_needs_workshop":
        "--name is for a workshop: add --workshop DIR (the group’s folder)",

    # joining a workshop: the folder typed, its manifest, the content it pins; what
    # `workshop init` tells the counselor (group/manifest.py, cli/join.py, cli/workshop.py)
    "workshop.students_type":
        "Students type (adding --name followed by their name or a pseudonym, if they wish):",
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
        "the workshop folder {folder} is no longer there (network drive or USB stick "
        "disconnected?); the result was not saved, and the folder was not created again",
    # sealed workshops: the counselor's key, its export, `workshop close`, and what a
    # student is told of their code (cli/keys.py, cli/close.py, cli/interactive.py)
    "seal.init_sealed":
        "Results are sealed: only the key kept on this computer opens them (key {key_id}, in "
        "{path}). To read them on another computer, export it, locked with a passphrase:",
    "seal.init_open":
        "warning: --open keeps every result in plain text: anyone who can open the folder "
        "can read each student’s name, answers and interests",
    "seal.no_key":
        "the results in {folder} are sealed for the counsellor who prepared “{title}” "
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
        "The key for “{title}” has been written to {path}, locked with your passphrase. On "
        "the other computer:\n  {report}\nor, to keep it there:\n  {imported}",
    "seal.imported": "The key for “{title}” is now kept on this computer, in {path}",
    "seal.import_other":
        "this computer already keeps another key for “{title}” ({path}); it was left unchanged",
    "seal.key_unreadable": "cannot read the key {path}: {reason}",
    "seal.not_a_key": "{path} is not a key written by `rolequiz workshop key export` ({reason})",
    "seal.wrong_passphrase": "wrong passphrase for the “{title}” key in {path}",
    "seal.passphrase_prompt": "Passphrase: ",
    "seal.passphrase_again": "The same passphrase again: ",
    "seal.passphrase_mismatch": "the two passphrases differ; nothing was written",
    "seal.passphrase_empty": "the passphrase is empty",
    "seal.passphrase_short": "choose a passphrase of {n} characters or more",
    "seal.passphrase_no_terminal":
        "no terminal to ask for the passphrase: give it with --passphrase-file FILE",
    "seal.passphrase_unreadable": "cannot read the passphrase from {path}: {reason}",
    "close.output_inside":
        "{path} is inside {folder}, whose students’ files this command deletes: write the "
        "export elsewhere",
    "close.format": "{path}: the file name must end with one of {formats}, which sets the format",
    "close.nothing": "No results or quizzes in progress to delete in {folder}.",
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
    "report.workshop_of": "Workshop prepared on {date}",
    "report.age.one": "Workshop prepared on {date}; its oldest result is {n} day old",
    "report.age.other": "Workshop prepared on {date}; its oldest result is {n} days old",
    "workshop.resume_elsewhere":
        "Your code is {code}. To carry on from another computer, use: {command}",
    "progress.sealed_needs_code":
        "A quiz started on another computer can only be opened with its code: resume with "
        "--name followed by your code.",
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
        "{path} is inside {folder}, which the report reads (students’ results are saved "
        "there): write the report elsewhere, or add --force",
    "report.output_is_input":
        "{path} is one of the files the report reads: write the report elsewhere, or add "
        "--force",
    "report.waiting":
        "Press Ctrl-C to stop. {folders} unreachable since {time} (a network share "
        "reconnecting?): waiting for it; the last report stays on the screen",
    "report.leftovers.one":
        "{n} file left by a save that was cut off (an empty result or a temporary file); "
        "to recover a complete result from it, or remove it: {command}",
    "report.leftovers.other":
        "{n} files left by saves that were cut off (empty results or temporary files); to "
        "recover the complete results and remove the rest: {command}",
    "clean.recovered": "Recovered {temp} as {path}",
    "clean.removed": "Removed {path}",
    "clean.locked": "Left {path} as it is: it is sealed with a key that is not on this "
                    "computer, and may hold a complete result",
    "clean.locked_hint": "To recover it, bring the workshop’s key here (rolequiz workshop key "
                         "import FILE) and run this again.",
    "clean.nothing": "Nothing to clean in {folder}.",
    "clean.failed": "could not clean {path}: {reason}",
    "workshop.holds_results.one":
        "{folder} already holds {n} result of an earlier group (and no workshop.json): it "
        "would count in this workshop’s report; choose an empty folder, or add --force",
    "workshop.holds_results.other":
        "{folder} already holds {n} results of an earlier group (and no workshop.json): they "
        "would count in this workshop’s report; choose an empty folder, or add --force",
    "workshop.content_not_plain":
        "{path} is a link or not a plain folder or file: the workshop’s content would be "
        "copied wherever it points; remove it, or choose another folder",
    "validate.progress.one": "Simulated respondents scored: {n}…",
    "validate.progress.other": "Simulated respondents scored: {n}…",

    # what is wrong inside a content file, an answers file or a saved result, where it is
    # and what to do (content/load.py, content/answers.py, content/results.py); a hint
    # that tells its reader what to do has a form for each: "key.tu" for a student, "key.vous"
    # for a counselor (i18n.tell). Within a message, {what} is one of the "check.what." words
    # below and {kind} one of the "check.kind." ones.
    "check.what.file": "the file",
    "check.what.questions_file": "the questions file",
    "check.what.roles_file": "the roles file",
    "check.what.answers_file": "the answers file",
    "check.what.schema": "schema",
    "check.what.title": "title",
    "check.what.instructions": "instructions",
    "check.what.scale": "scale",
    "check.what.scale_choice": "a scale choice",
    "check.what.scale_value": "scale value",
    "check.what.scale_label": "scale label",
    "check.what.dimensions": "dimensions",
    "check.what.dimension": "a dimension",
    "check.what.dimension_id": "dimension id",
    "check.what.dimension_name": "dimension name",
    "check.what.description": "description",
    "check.what.questions": "questions",
    "check.what.question": "a question",
    "check.what.question_id": "question id",
    "check.what.question_text": "question text",
    "check.what.weights": "weights",
    "check.what.weight": "weight of '{name}'",
    "check.what.sources": "sources",
    "check.what.source": "a source",
    "check.what.source_id": "source id",
    "check.what.source_title": "source title",
    "check.what.source_file": "source file",
    "check.what.source_url": "source url",
    "check.what.source_author": "source author",
    "check.what.source_site": "source site",
    "check.what.source_note": "source note",
    "check.what.source_date": "source date",
    "check.what.source_lang": "source lang",
    "check.what.source_ref": "source",
    "check.what.roles": "roles",
    "check.what.role": "a role",
    "check.what.role_id": "role id",
    "check.what.role_name": "role name",
    "check.what.summary": "summary",
    "check.what.list": "{name}",
    "check.what.entry": "an entry of {name}",
    "check.what.quote": "quote",
    "check.what.quotes": "quotes",
    "check.what.facts": "facts",
    "check.what.fact": "the {name} fact",
    "check.what.fact_value": "the {name} value",
    "check.what.figures": "figures",
    "check.what.salary_figure": "a salary figure",
    "check.what.level": "level",
    "check.what.basis": "basis",
    "check.what.period": "period",
    "check.what.currency": "currency",
    "check.what.amount": "{name}",
    "check.what.place": "place",
    "check.what.note": "note",
    "check.what.profile": "profile",
    "check.what.profile_value": "profile value of '{name}'",
    "check.what.profile_basis": "profile_basis",
    "check.what.basis_of": "the basis of '{name}'",
    "check.what.basis_entry": "an entry of the basis of '{name}'",
    "check.what.judgement": "judgement",
    "check.what.advice": "advice",
    "check.what.glossary": "glossary",
    "check.what.glossary_entry": "a glossary entry",
    "check.what.glossary_term": "glossary term",
    "check.what.definition": "definition",
    "check.what.words": "words",
    "check.what.word": "a word of the term",
    "check.what.sic": "sic",
    "check.what.sic_entry": "an entry of sic",
    "check.what.answers": "answers",
    "check.what.answer": "the answer to '{name}'",
    "check.kind.bool": "a true/false value",
    "check.kind.number": "a number",
    "check.kind.null": "an empty value",
    "check.kind.timestamp": "a date",
    "check.kind.seq": "a list",
    "check.kind.map": "a mapping",
    "check.kind.str": "text",
    "check.not_mapping": "{what} must be a mapping (key: value), not {kind}",
    "check.key_not_text": "a key in {what} is {kind}",
    "check.key_not_text_hint": "keys are plain words",
    "check.duplicate_key": "duplicate key '{name}' (first at line {first})",
    "check.duplicate_key_hint.tu": "keep one of them; YAML would silently drop the first",
    "check.duplicate_key_hint.vous": "keep one of them; YAML would silently drop the first",
    "check.unknown_key": "unknown key '{name}' in {what}",
    "check.allowed_keys": "allowed keys: {keys}",
    "check.missing_key": "{what} has no '{name}'",
    "check.add_line.tu": "add '{line}'",
    "check.add_line.vous": "add '{line}'",
    "check.not_list": "{what} must be a list (lines starting with '- '), not {kind}",
    "check.empty": "{what} is empty",
    "check.write_text.tu": "write the text",
    "check.write_text.vous": "write the text",
    "check.write_or_remove.tu": "write the text, or remove the line",
    "check.write_or_remove.vous": "write the text, or remove the line",
    "check.write_languages.tu": "write the text, e.g. {example}",
    "check.write_languages.vous": "write the text, e.g. {example}",
    "check.read_as": "{what} is read as {kind} ({value!r}), not as text",
    "check.quote_it.tu": "put it in quotes: \"{value}\"",
    "check.quote_it.vous": "put it in quotes: \"{value}\"",
    "check.must_be_text": "{what} must be text, not {kind}",
    "check.read_by_yaml": "{what} '{raw}' is read by YAML as {value}",
    "check.plain_decimal.tu": "write a plain decimal number (e.g. 10 or 0.5)",
    "check.plain_decimal.vous": "write a plain decimal number (e.g. 10 or 0.5)",
    "check.plain_whole.tu": "write a plain whole number",
    "check.plain_whole.vous": "write a plain whole number",
    "check.out_of_range": "{what} {value} is out of range",
    "check.long_number": "{start}… ({count} digits)",
    "check.few_digits.tu": "write a decimal number of a few digits (e.g. 0.5)",
    "check.few_digits.vous": "write a decimal number of a few digits (e.g. 0.5)",
    "check.scale_range": "scale values and answers are whole numbers from -{max} to {max}",
    "check.not_finite": "{what} must be a finite number, not {raw}",
    "check.not_number_value": "{what} must be a number, not {kind} ({value!r})",
    "check.not_number": "{what} must be a number, not {kind}",
    "check.not_whole_decimal": "{what} must be a whole number, not {raw}",
    "check.not_whole_value": "{what} must be a whole number, not {kind} ({value!r})",
    "check.not_whole": "{what} must be a whole number, not {kind}",
    "check.bad_id": "{what} '{value}' may use only a-z, 0-9 and single dashes",
    "check.for_example": "for example '{suggestion}'",
    "check.not_language": "'{code}' in {what} is not a language code",
    "check.language_code.tu": "use a code like fr or en",
    "check.language_code.vous": "use a code like fr or en",
    "check.missing_translation": "missing translation: {langs}",
    "check.missing_translation_hint.tu": "this file uses {used}; add the missing text",
    "check.missing_translation_hint.vous": "this file uses {used}; add the missing text",
    "check.file_kind.questions": "a questions file",
    "check.file_kind.roles": "a roles file",
    "check.file_kind.answers": "an answers file",
    "check.file_kind.result": "a result file",
    "check.other_kind": "this is {kind} ({schema}), not {wanted}",
    "check.give_with.tu": "give it with {option}",
    "check.give_with.vous": "give it with {option}",
    "check.give_with_swapped.tu": "give it with {option} (were the two options swapped?)",
    "check.give_with_swapped.vous": "give it with {option} (were the two options swapped?)",
    "check.schema_mismatch": "schema is '{value}', expected '{expected}'",
    "check.right_file": "is this the right file?",
    "check.file_empty": "the file is empty",
    "check.file_holds_nothing": "the file holds nothing (an empty mapping)",
    "check.write_questions.tu": "write the questions",
    "check.write_questions.vous": "write the questions",
    "check.write_roles.tu": "write the roles",
    "check.write_roles.vous": "write the roles",
    "check.write_answers.tu": "write the answers",
    "check.write_answers.vous": "write the answers",
    "check.duplicate_id": "duplicate {what} '{value}' (first at line {first})",
    "check.ids_differ": "ids must differ",
    "check.one_dimension.tu": "list at least one dimension",
    "check.one_dimension.vous": "list at least one dimension",
    "check.one_question.tu": "list at least one question",
    "check.one_question.vous": "list at least one question",
    "check.one_role.tu": "list at least one role",
    "check.one_role.vous": "list at least one role",
    "check.dimension_unused": "dimension '{id}' has no question",
    "check.dimension_unused_hint.tu": "give it a weight in at least one question, or remove it",
    "check.dimension_unused_hint.vous":
        "give it a weight in at least one question, or remove it",
    "check.scale_size.one": "the scale has {n} choice",
    "check.scale_size.other": "the scale has {n} choices",
    "check.scale_size_hint.tu": "give 2 to 11 choices",
    "check.scale_size_hint.vous": "give 2 to 11 choices",
    "check.not_increasing": "scale value {value} is not greater than the one before ({previous})",
    "check.not_increasing_hint.tu": "list the values in increasing order, lowest first",
    "check.not_increasing_hint.vous": "list the values in increasing order, lowest first",
    "check.weights_empty_hint.tu": "give at least one dimension a weight, e.g. {example}",
    "check.weights_empty_hint.vous": "give at least one dimension a weight, e.g. {example}",
    "check.weight_unknown_dimension": "weight on unknown dimension '{dim}'",
    "check.weight_zero": "weight of '{dim}' is 0",
    "check.weight_zero_hint.tu": "remove it, or give a value in [-1, 1]",
    "check.weight_zero_hint.vous": "remove it, or give a value in [-1, 1]",
    "check.weight_tiny": "weight of '{dim}' is {value}, too small to count",
    "check.weight_tiny_hint.tu": "remove it, or give a value from {min} to 1 (or -1 to -{min})",
    "check.weight_tiny_hint.vous":
        "remove it, or give a value from {min} to 1 (or -1 to -{min})",
    "check.weight_range": "weight of '{dim}' is {value}, outside [-1, 1]",
    "check.weight_range_hint.tu": "use -1 to 1",
    "check.weight_range_hint.vous": "use -1 to 1",
    "check.not_web_address": "source url '{url}' is not a web address",
    "check.start_https.tu": "start with https://",
    "check.start_https.vous": "start with https://",
    "check.source_nowhere": "a source has neither 'file' nor 'url'",
    "check.source_nowhere_hint.tu": "say where to find the article",
    "check.source_nowhere_hint.vous": "say where to find the article",
    "check.source_lang": "source lang '{code}' is not a language code",
    "check.source_lang_hint.tu": "write the article’s language as two letters: fr, en",
    "check.source_lang_hint.vous": "write the article’s language as two letters: fr, en",
    "check.not_date": "source date '{value}' is not a date",
    "check.not_date_hint.tu":
        "write it as 2025-03-20, 2025-03 or 2025, or 'undated' when the article gives none",
    "check.not_date_hint.vous":
        "write it as 2025-03-20, 2025-03 or 2025, or 'undated' when the article gives none",
    "check.copy_quote.tu": "copy the source’s words, or remove the line",
    "check.copy_quote.vous": "copy the source’s words, or remove the line",
    "check.quote_without_source": "{what} has a quote but no 'source'",
    "check.quote_without_source_hint.tu": "add '{line}' (the id of the article it comes from)",
    "check.quote_without_source_hint.vous":
        "add '{line}' (the id of the article it comes from)",
    "check.one_figure.tu": "give at least one figure",
    "check.one_figure.vous": "give at least one figure",
    "check.not_one_of": "{what} '{value}' is not one of {allowed}",
    "check.not_amount": "{what} must be a whole amount, 0 or more, not {value}",
    "check.amount_in_full.tu": "write the amount in full: 45000, not 45k",
    "check.amount_in_full.vous": "write the amount in full: 45000, not 45k",
    "check.not_currency": "currency '{currency}' is not a currency code",
    "check.not_currency_hint.tu": "write its three-letter code, such as EUR or USD",
    "check.not_currency_hint.vous": "write its three-letter code, such as EUR or USD",
    "check.figure_no_amount": "a salary figure has no amount",
    "check.figure_no_amount_hint.tu": "give low and high, or average",
    "check.figure_no_amount_hint.vous": "give low and high, or average",
    "check.average_and_range": "a salary figure gives an average and a range",
    "check.average_and_range_hint.tu": "give each in a figure of its own",
    "check.average_and_range_hint.vous": "give each in a figure of its own",
    "check.low_above_high": "low ({low}) is above high ({high})",
    "check.swap_them.tu": "swap them",
    "check.swap_them.vous": "swap them",
    "check.basis_unknown_dimension": "profile_basis names unknown dimension '{dim}'",
    "check.basis_empty_hint.tu": "give quotes, or the judgement behind it",
    "check.basis_empty_hint.vous": "give quotes, or the judgement behind it",
    "check.unknown_source": "unknown source '{ref}'",
    "check.list_source.tu": "list it under sources",
    "check.list_source.vous": "list it under sources",
    "check.profile_unknown_dimension": "profile names unknown dimension '{dim}'",
    "check.profile_range": "profile value of '{dim}' is {value}, outside [0, 1]",
    "check.profile_range_hint.tu": "use 0 to 1",
    "check.profile_range_hint.vous": "use 0 to 1",
    "check.profile_tiny": "profile value of '{dim}' is {value}, too small to count",
    "check.profile_tiny_hint.tu": "use 0, or a value from {min} to 1",
    "check.profile_tiny_hint.vous": "use 0, or a value from {min} to 1",
    "check.profile_zero": "the profile is all zero",
    "check.profile_zero_hint.tu": "give at least one dimension a value above 0",
    "check.profile_zero_hint.vous": "give at least one dimension a value above 0",
    # a saved result read back (content/results.py)
    "check.result_hint": "is this a result saved by rolequiz?",
    "check.result_save_again.tu": "save the result again with rolequiz quiz --save",
    "check.result_save_again.vous": "save the result again with rolequiz quiz --save",
    "check.result_not_object": "not a rolequiz result (expected a JSON object)",
    "check.result_schema": "schema is {value!r}, expected '{expected}'",
    "check.no_schema": "no schema, expected '{expected}'",
    "check.result_field": "'{field}' is missing or has the wrong type",
    "check.result_number": "'{field}' must be a number or null",
    "check.result_object": "'{field}' must be an object",
    "check.result_answers": "'answers' must map question ids to whole numbers",
    "check.scores_invalid_json": "not a saved result (invalid JSON: {message})",
    "check.scores_save_one.tu":
        "save one with: rolequiz quiz --answers FILE --format json > result.json",
    "check.scores_save_one.vous":
        "save one with: rolequiz quiz --answers FILE --format json > result.json",
    "check.scores_is_result": "is this a saved result?",
    "check.scores_not_object": "not a saved result (expected a JSON object)",
    "check.scores_schema": "schema is {value}, expected '{expected}'",
    "check.scores_no_matches": "'matches' is missing or not a list",
    "check.scores_damaged": "the file looks damaged",
    "check.scores_match_not_object": "match {i} is not an object",
    "check.scores_no_role": "match {i} has no role id",
    "check.scores_score": "match {i} ({role}): score must be a number from 0 to 100",
    "check.scores_rank": "match {i} ({role}): rank must be a whole number from 1",
    "check.scores_twice": "role '{role}' appears twice",
    # what the hints of reading a file say to a student (.tu) and to a counselor (.vous)
    "file.not_found_hint.tu": "check the path",
    "file.not_found_hint.vous": "check the path",
    "file.is_folder_hint.tu": "give the path of a file",
    "file.is_folder_hint.vous": "give the path of a file",
    "file.permission_hint.tu": "check the file’s permissions",
    "file.permission_hint.vous": "check the file’s permissions",
    "file.not_unicode_hint.tu": "save the file as UTF-8",
    "file.not_unicode_hint.vous": "save the file as UTF-8",
    "file.did_you_mean.tu": "did you mean '{value}'?",
    "file.did_you_mean.vous": "did you mean '{value}'?",
    "yaml.control_hint.tu":
        "remove it, or write it as an escape inside double quotes (\"\\x1f\")",
    "yaml.control_hint.vous":
        "remove it, or write it as an escape inside double quotes (\"\\x1f\")",
    "yaml.alias_hint.tu": "write the value out in full instead of referring to an anchor",
    "yaml.alias_hint.vous": "write the value out in full instead of referring to an anchor",
    "yaml.tag_hint.tu":
        "remove the tag; content files hold only text, numbers, lists and mappings",
    "yaml.tag_hint.vous":
        "remove the tag; content files hold only text, numbers, lists and mappings",
    "yaml.too_deep_hint.tu":
        "content files need only a few levels; check the indentation and brackets",
    "yaml.too_deep_hint.vous":
        "content files need only a few levels; check the indentation and brackets",
    "yaml.two_documents_hint.tu": "keep one",
    "yaml.two_documents_hint.vous": "keep one",
    "yaml.tab_hint.tu": "indent with spaces",
    "yaml.tab_hint.vous": "indent with spaces",
    "yaml.invalid_hint.tu": "check the indentation and quotes",
    "yaml.invalid_hint.vous": "check the indentation and quotes",
    "answers.result_without_answers_hint.tu":
        "use the answers file of the quiz, or a result saved by rolequiz quiz --save",
    "answers.result_without_answers_hint.vous":
        "use the answers file of the quiz, or a result saved by rolequiz quiz --save",
    # PyYAML's own words about a file it cannot read, and JSON's (content/yamlsafe.py,
    # content/reading.py); in English, exactly as they say it
    "yaml.says.mapping_values": "mapping values are not allowed here",
    "yaml.says.mapping_keys": "mapping keys are not allowed here",
    "yaml.says.block_entries": "block sequence entries are not allowed here",
    "yaml.says.no_colon": "could not find expected ':'",
    "yaml.says.cannot_start": "found character {char} that cannot start any token",
    "yaml.says.block_end": "expected <block end>, but found {found}",
    "yaml.says.flow_sequence": "expected ',' or ']', but got {found}",
    "yaml.says.flow_mapping": "expected ',' or '}}', but got {found}",
    "yaml.says.node_content": "expected the node content, but found {found}",
    "yaml.says.document_start": "expected '<document start>', but found {found}",
    "yaml.says.alphanumeric": "expected alphabetic or numeric character, but found {found}",
    "yaml.says.line_break": "expected a comment or a line break, but found {found}",
    "yaml.says.undefined_alias": "found undefined alias {name}",
    "yaml.says.end_of_stream": "found unexpected end of stream",
    "yaml.says.document_separator": "found unexpected document separator",
    "yaml.says.unknown_escape": "found unknown escape character {char}",
    "yaml.says.hex_escape":
        "expected escape sequence of {n} hexadecimal numbers, but found {found}",
    "yaml.says.duplicate_anchor":
        "second occurrence (found duplicate anchor {name}; first occurrence)",
    "yaml.says.in.simple_key": "while scanning a simple key",
    "yaml.says.in.quoted": "while scanning a quoted scalar",
    "yaml.says.in.double_quoted": "while scanning a double-quoted scalar",
    "yaml.says.in.block_scalar": "while scanning a block scalar",
    "yaml.says.in.directive": "while scanning a directive",
    "yaml.says.in.anchor": "while scanning an anchor",
    "yaml.says.in.alias": "while scanning an alias",
    "yaml.says.in.tag": "while scanning a tag",
    "yaml.says.in.block_mapping": "while parsing a block mapping",
    "yaml.says.in.block_collection": "while parsing a block collection",
    "yaml.says.in.flow_sequence": "while parsing a flow sequence",
    "yaml.says.in.flow_mapping": "while parsing a flow mapping",
    "yaml.says.in.block_node": "while parsing a block node",
    "yaml.says.in.flow_node": "while parsing a flow node",
    "yaml.says.in.node": "while parsing a node",
    "yaml.says.token.scalar": "'<scalar>'",
    "yaml.says.token.mapping_start": "'<block mapping start>'",
    "yaml.says.token.sequence_start": "'<block sequence start>'",
    "yaml.says.token.block_end": "'<block end>'",
    "yaml.says.token.sign": "'{sign}'",
    "yaml.says.token.anchor": "'<anchor>'",
    "yaml.says.token.alias": "'<alias>'",
    "yaml.says.token.tag": "'<tag>'",
    "yaml.says.token.document_start": "'<document start>'",
    "yaml.says.token.document_end": "'<document end>'",
    "yaml.says.token.stream_end": "'<stream end>'",
    "json.says.value": "Expecting value",
    "json.says.property_name": "Expecting property name enclosed in double quotes",
    "json.says.comma": "Expecting ',' delimiter",
    "json.says.colon": "Expecting ':' delimiter",
    "json.says.unterminated": "Unterminated string starting at",
    "json.says.control": "Invalid control character at",
    "json.says.escape": "Invalid \\escape",
    "json.says.u_escape": "Invalid \\uXXXX escape",
    "json.says.extra_data": "Extra data",
    "json.says.trailing_comma": "Illegal trailing comma before end of {container}",
    "json.says.object": "object",
    "json.says.array": "array",
    # French typography in content files, which `rolequiz validate` warns about
    # (content/typography.py, i18n/typography.py)
    "typography.warning": "warning: French text: {message} (“{excerpt}”)",
    "typography.space_before": "ordinary space before {char!r}",
    "typography.no_space_before": "no space before {char!r}",
    "typography.after_open_quote": "no no-break space after '«'",
    "typography.before_close_quote": "no no-break space before '»'",
    "typography.in_number": "ordinary space inside a number",
    "typography.before_unit": "ordinary space between a number and its unit",
    "typography.after_numero": "ordinary space after 'n°'",
    "typography.use_nbsp": "use a no-break space (U+00A0)",
    "typography.put_nbsp": "put a no-break space (U+00A0) before it",
    "typography.quotes_nbsp": "write « text » with no-break spaces (U+00A0)",
    "typography.group_digits": "group digits with a no-break space (U+00A0)",
    "typography.apostrophe": "straight apostrophe",
    "typography.curly_apostrophe": "write the typographic apostrophe ’",
    "typography.median": "point médian",
    "typography.both_forms":
        "write both forms (« ingénieure ou ingénieur ») or a word for both",
    "validate.no_errors.one": "OK: no errors, {n} warning",
    "validate.no_errors.other": "OK: no errors, {n} warnings",

    # rolequiz validate: the content's summary, simulated respondents, real answers
    # (cli/validate.py, views/validity.py)
    "validate.summary_questions": "{path}: {dimensions}, {questions}, scale {low}–{high}",
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
    "validate.below": "TARGET MISSED",
    "validate.and": ", ",
    "validate.versus": "{what} {a} vs {b}",
    "validate.lowered": "(Fewer than the usual {usual}: the content has {roles} roles; {option} N "
                        "sets the number.)",
    "validate.rows_hidden.one": "… and {n} more role, not shown: the {shown} weakest are above.",
    "validate.rows_hidden.other":
        "… and {n} more roles, not shown: the {shown} weakest are above.",
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
        "Closest pairs (RMS difference of profiles, 0–1), what separates their profiles, and "
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
    "browse.code_why": "(write it down: it identifies your result without your name)",
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
    "browse.doubt": "Read these scores with care ({why}): see the first screen.",
    "browse.no_card": "No card for this role in the roles file.",
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
        "the progress file {path} is damaged (it was kept as {kept}): start the quiz again",
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
    "progress.when": "on {date} at {time}",
    "progress.when_unknown": "at an unknown time",
    "quiz.done_skipped.one":
        "{n} question skipped (number {numbers}). Press b to go back to it, or see your results "
        "now.",
    "quiz.done_skipped.other":
        "{n} questions skipped (numbers {numbers}). Press b to go back to them, or see your "
        "results now.",
    "report.age_today": "Workshop prepared on {date}; its oldest result is from today",
    "results.rank_column": "#",
    "salary.in_currency.eur": "in euros",
    "salary.in_currency.usd": "in dollars",
    "salary.in_currency.gbp": "in pounds sterling",
    "salary.in_currency_code": "in {code}",
    "quiz.keys_hint": "? shows the keys.",
    "quiz.help_back_start": "Press any key to go back.",
    "quiz.hint_line": "Type your answer ({keys}), then press Enter; ? for help.",
}
