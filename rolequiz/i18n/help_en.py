"""The words of `--help` in English: what every command, argument and option does.

Read by the command modules (rolequiz/cli/*.py) when the typer app is built, never on the
quiz's fast path (rolequiz/cli/fast.py). help_fr.py has the same keys in the same order;
a French session shows its texts instead (rolequiz/cli/helplang.py).

A key is the command as typed, then the argument or option it describes ("quiz --save",
"show ROLE"); an option several commands share with the same text is the option alone
("--lang"), or "workshop" and the option for the workshop's own commands. A command's key
is its help; "(short)" is its line in the list of commands, when it is not the same.

The "click ..." keys are the words of typer's own help and error messages, written here as
the library writes them ({name} standing for what it fills in): only the French catalogue
is shown, instead of them.
"""

HELP = {
    "rolequiz":
        "Which data, AI or engineering job suits you? A quiz, role cards and comparisons.",
    "rolequiz --version": "Print the version.",
    # options shared by several commands (cli/options.py)
    "--questions": "Questions file (default: the built-in questions).",
    "--roles": "Roles file (default: the built-in roles).",
    "--lang": "Language (default: ROLEQUIZ_LANG, then the system language, then en).",
    "--format": "Output format.",
    "--output": "Write to FILE instead of the terminal (never left half-written).",
    # quiz
    "quiz": "Take the quiz and see which roles suit you best.",
    "quiz --answers": "Take the answers from this file (YAML or JSON) instead of asking.",
    "quiz --resume": "Continue the unfinished quiz where you left off.",
    "quiz --state-dir":
        "Where progress is kept (default: ROLEQUIZ_STATE_DIR, else your user data folder).",
    "quiz --save":
        "Also write the result as JSON to FILE (show it again with `rolequiz results FILE`).",
    "quiz --line-mode":
        "Type each answer then Enter, instead of single keys (also ROLEQUIZ_LINE_MODE=1).",
    "quiz --workshop":
        "Save the result in this group folder (made with rolequiz workshop init).",
    "quiz --name": "Your name or a pseudonym in the workshop (default: a code).",
    "quiz --adaptive":
        "Ask the most telling question next and stop once your top matches are clear (with "
        "--answers: run it, taking each answer from the file).",
    # validate
    "validate":
        "Check the questions and roles files; list every problem (exit 2 if any).",
    "validate (short)": "Check the questions and roles files.",
    "validate --simulate":
        "Also measure how well the questions tell the roles apart, with simulated "
        "respondents (exit 1 when a target is missed).",
    "validate --respondents":
        "Noisy respondents per role (default 2000, fewer for content with many roles).",
    "validate --undecided":
        "Random respondents, and as many shrugging ones (default 1000, fewer for content "
        "with many roles).",
    "validate --realistic":
        "Realistic respondents per role (default 500, fewer for content with many roles).",
    "validate --interest-spread":
        "How far a realistic respondent's interests stray from the role's needs (spread, 0 "
        "to 1).",
    "validate --answer-noise":
        "How far a realistic respondent's answers stray from their interests (spread, in "
        "scale steps).",
    "validate --seed": "Random seed for the simulation.",
    "validate --results":
        "A workshop folder (or any folder of result files): how each question correlates "
        "with its dimension, and each dimension's Cronbach's alpha (exit 1 when one is below "
        "its target).",
    # roles, show, compare (cli/explore.py)
    "roles": "List the roles (and your scores, with --results).",
    "--results": "A saved quiz result (rolequiz quiz --save FILE): show your scores.",
    "show":
        "Show one role's card: key facts, what you do, skills, tools, sources. With "
        "--sources, the articles' own words under each line; --advice and --glossary show "
        "those pages instead.",
    "show (short)": "Show one role's card, every fact with its source.",
    "show ROLE": "A role id (rolequiz roles).",
    "show --sources": "Show the articles' own words under each line.",
    "show --advice": "Show the articles' advice on choosing, instead of a card.",
    "show --glossary": "Show the glossary of the cards' terms, instead of a card.",
    "compare": "Compare 2 to 4 roles side by side (or your --top N matches).",
    "compare (short)": "Compare 2 to 4 roles side by side.",
    "compare ROLE...": "2 to 4 role ids (rolequiz roles).",
    "compare --top": "Compare your N closest matches from --results (2 to 4).",
    # results
    "results":
        "Show a saved result again: ranking, interests, why, and your top roles compared.",
    "results (short)": "Show a saved result again (default: your last quiz).",
    "results FILE": "A result saved with `quiz --save` (default: your last finished quiz).",
    "results --state-dir": "Where your last result is kept.",
    "results --save": "Also write the result as JSON to FILE.",
    # report (cli/workshop.py)
    "report": "Make a group report: top matches, average interests, each participant's top 3.",
    "report (short)": "Make a group report: top matches and average interests.",
    "report DIR...": "Workshop folders (or result files) to report on.",
    "report --output": "Write to FILE instead of the terminal.",
    "report --anonymize": "Hide names (show codes) and file names.",
    "report --watch": "Live view that updates as results arrive (Ctrl-C to stop).",
    "report --content": "Only results made with this content (its id is in the report).",
    "report --key": "A sealed workshop's key, exported with `workshop key export`.",
    "report --passphrase-file":
        "The --key's passphrase, on the first line of FILE (for scripts).",
    "report --only-clear": "Leave unclear results out of the group's figures.",
    "report --handouts": "One printable HTML page per student instead of the report.",
    "report --force": "Write --output even inside a folder being reported on.",
    # workshop
    "workshop": "Prepare a folder where a group's results are collected.",
    "workshop (short)": "Prepare a folder that collects a group's results.",
    "workshop DIR": "The workshop folder.",
    "workshop --passphrase-file":
        "Read the passphrase from the first line of FILE (for scripts); otherwise you are "
        "asked for it in the terminal.",
    "workshop init":
        "Prepare DIR for a group: every student answers the same questions, from the "
        "folder's own copy. Results are sealed: only this computer's key (or its export) "
        "opens them.",
    "workshop init (short)": "Prepare DIR for a group, with its own copy of the content.",
    "workshop init DIR": "The group's folder.",
    "workshop init --title": "Shown on the group report.",
    "workshop init --open":
        "Keep results in plain files anyone with the folder can read (not sealed).",
    "workshop init --force": "Prepare DIR even if it holds results already.",
    "workshop submit":
        "Send the results kept on this computer because the workshop folder DIR could not "
        "be reached at the end of a quiz.",
    "workshop submit (short)": "Send results kept on this computer to DIR.",
    "workshop submit --state-dir": "Where the results were kept.",
    "workshop close":
        "Close a workshop: write the exports asked for, then delete every student's result "
        "and quiz in progress from DIR, listing the files deleted.",
    "workshop close (short)": "Write the final reports, then delete DIR's results.",
    "workshop close --output":
        "Write the report to FILE first (.html, .csv, .md, .json, .txt); repeat for several "
        "files.",
    "workshop close --anonymize": "Write the exports with codes instead of names.",
    "workshop close --yes": "Delete without asking.",
    "workshop close --key": "The workshop's exported key.",
    "workshop clean":
        "Recover the complete results that cut-off saves left in temporary files; remove "
        "empty results and other temporary files at least a minute old.",
    "workshop clean (short)": "Recover or remove what cut-off saves left in DIR.",
    "workshop key":
        "Move a sealed workshop's key to another computer, locked with a passphrase.",
    "workshop key (short)": "Export or import the key that opens a workshop's results.",
    "workshop key export":
        "Write the key that opens DIR's results to FILE, locked with a passphrase, to read "
        "them on another computer (`rolequiz report DIR --key FILE`).",
    "workshop key export (short)": "Write DIR's key to FILE, locked with a passphrase.",
    "workshop key export --output": "The file to write (keep it out of the shared folder).",
    "workshop key import":
        "Open an exported key with its passphrase and keep it on this computer: reports of "
        "its workshop then need no --key.",
    "workshop key import (short)": "Keep the key in FILE on this computer.",
    "workshop key import FILE": "A key written by `workshop key export`.",
    # the names of the values options and arguments take (metavars), and of the usage line
    "metavar FILE": "FILE",
    "metavar DIR": "DIR",
    "metavar NAME": "NAME",
    "metavar TITLE": "TITLE",
    "metavar ROLE": "ROLE",
    "metavar SPREAD": "SPREAD",
    "metavar STEPS": "STEPS",
    "metavar COMMAND": "COMMAND [ARGS]...",
    # typer's own words, as it writes them
    "click usage": "Usage: ",
    "click options": "Options",
    "click arguments": "Arguments",
    "click commands": "Commands",
    "click help": "Show this message and exit.",
    "click default": "default: {value}",
    "click required": "required",
    "click range": "{low}<=x<={high}",
    "click try": "Try {command} for help.",
    "click error": "Error: {message}",
    "click missing option": "Missing option {name}.",
    "click missing argument": "Missing argument {name}.",
    "click invalid value": "Invalid value for {name}: {message}",
    "click no such option": "No such option: {name}",
    "click possible options": "{message} (Possible options: {names})",
    "click no such command": "No such command {name}.",
    "click did you mean": "No such command {name}. Did you mean {names}?",
    "click extra arguments": "Got unexpected extra argument(s) ({values})",
    "click needs a value": "Option {name} requires an argument.",
    "click takes no value": "Option {name} does not take a value.",
    "click not a choice": "{value} is not one of {names}.",
    "click not an integer": "{value} is not a valid int.",
    "click not a number": "{value} is not a valid float.",
    "click out of range": "{value} is not in the range {low}<=x<={high}.",
}
