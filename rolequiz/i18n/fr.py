"""The interface's words in French (tu for the student, vous for the counselor).

The same keys and placeholders as en.py, checked by tests/test_i18n.py.
"""

MESSAGES: dict[str, str] = {
    # punctuation around a label or a quoted name
    "punct.colon": " : ",
    "punct.quoted": "« {text} »",

    # the quiz screens (quiz/session.py)
    "quiz.title": "Quel métier est fait pour toi ?",
    "quiz.intro":
        "Dis à quel point chaque activité te plairait. Il n'y a pas de bonne ou de mauvaise "
        "réponse : suis ta première impression. À la fin, tu verras les métiers qui correspondent "
        "le mieux à tes goûts, pourquoi, et comment ils se comparent.",
    "quiz.length.one":
        "{n} question, environ {minutes} min. Tes réponses sont enregistrées au fur et à mesure.",
    "quiz.length.other":
        "{n} questions, environ {minutes} min. Tes réponses sont enregistrées au fur et à mesure.",
    "quiz.welcome_back.one": "Bon retour ! Réponses déjà données : {answered} sur {n}.",
    "quiz.welcome_back.other": "Bon retour ! Réponses déjà données : {answered} sur {n}.",
    "quiz.keys_title": "Touches",
    "quiz.enter": "Entrée",
    "quiz.percent": "{n} %",
    "quiz.key_answer": "répondre",
    "quiz.key_back": "revenir en arrière (changer une réponse)",
    "quiz.key_keep": "garder la réponse affichée et continuer",
    "quiz.key_skip": "passer cette question",
    "quiz.key_quit": "enregistrer et quitter (reprendre plus tard)",
    "quiz.key_help": "cette aide",
    "quiz.typed": "Tape ton choix, puis appuie sur Entrée.",
    "quiz.start": "Appuie sur Entrée pour commencer, q pour quitter.",
    "quiz.start_line": "Appuie sur Entrée pour commencer (q puis Entrée pour quitter).",
    "quiz.continue":
        "Appuie sur Entrée pour continuer, ou réponds à la question suivante ({keys})\u00a0;"
        " q pour quitter.",
    "quiz.continue_line":
        "Appuie sur Entrée pour continuer, ou tape la réponse à la question suivante ({keys})"
        " puis Entrée.",
    "quiz.question": "Question {n} sur {total}",
    "quiz.your_answer": "ta réponse",
    "quiz.skipped": "(passée)",
    "quiz.footer": "{keys} répondre · b retour · s passer · q quitter · ? aide",
    "quiz.footer_keep": "Entrée garde ta réponse",
    "quiz.hint": "Appuie sur {keys} pour répondre, ou ? pour l'aide.",
    "quiz.help_back": "Appuie sur une touche pour revenir à la question.",
    "quiz.help_back_line": "Appuie sur Entrée pour revenir à la question.",
    "quiz.done_title": "C'est la fin des questions !",
    "quiz.done_count.one": "Réponses données : {answered} sur {n}.",
    "quiz.done_count.other": "Réponses données : {answered} sur {n}.",
    "quiz.done_skipped":
        "Passées : {numbers}. Appuie sur b pour y revenir, ou vois tes résultats maintenant.",
    "quiz.done_keys": "Entrée : voir tes résultats · b : revenir · q : enregistrer et quitter",
    "quiz.save_failed":
        "Attention : {error}. Tes réponses restent en mémoire jusqu'à la fin du quiz.",

    # the quiz from the command line: terminal, pause, save (cli/interactive.py)
    "quiz.no_tty":
        "le quiz a besoin d'un terminal pour poser ses questions ; lance-le dans un terminal, ou "
        "donne les réponses avec --answers FICHIER",
    "quiz.paused":
        "Quiz en pause ({answered} réponses sur {total} questions), enregistré dans {path}",
    "quiz.resume_with": "Pour reprendre : {command}",
    "quiz.nothing_saved": "Rien à enregistrer pour l'instant. À bientôt !",
    "quiz.interrupted": "interrompu",
    "quiz.save_failed_safe":
        "{error}. Tes réponses sont en sécurité dans {path} ; termine avec : {command}",

    # saved progress (cli/interactive.py)
    "progress.corrupt":
        "La progression enregistrée dans {path} est illisible ({reason}). Elle est conservée sous "
        "{kept} ; un nouveau quiz commence.",
    "progress.unreadable":
        "La progression enregistrée est illisible : {reason}. Un nouveau quiz commence.",
    "progress.changed":
        "Les questions ont changé depuis l'enregistrement : {kept} réponses gardées, {dropped} "
        "abandonnées (leurs questions n'existent plus).",
    "progress.changed_all_kept.one":
        "Les questions ont changé depuis l'enregistrement : {n} réponse reste valable.",
    "progress.changed_all_kept.other":
        "Les questions ont changé depuis l'enregistrement : tes {n} réponses restent valables.",
    "progress.none_to_resume": "Aucun quiz en cours dans {folder} : un nouveau quiz commence.",
    "progress.unfinished":
        "Tu as un quiz en cours (réponses données : {answered} sur {total}, enregistré le {when}).",
    "progress.unfinished_keys":
        "r : le reprendre · n : commencer un nouveau quiz (ses réponses sont effacées) · q : "
        "quitter",

    # the adaptive quiz (engine/adaptive.py, quiz/session.py)
    "adaptive.settled":
        "Tes métiers en tête sont connus après {asked} questions sur {total} : tu peux voir "
        "tes résultats, ou continuer pour les affiner.",
    "adaptive.adaptive_note":
        "Quiz adaptatif : {asked} questions posées sur {total} ; les autres réponses ne "
        "changeraient très probablement pas ton n° 1 (risque estimé : {chance} %).",
    "adaptive.length.one":
        "Au plus {n} question : le quiz s'arrête dès que tes métiers en tête sont clairs. Tes "
        "réponses sont enregistrées au fur et à mesure.",
    "adaptive.length.other":
        "Au plus {n} questions : le quiz choisit à chaque fois la plus parlante et s'arrête dès "
        "que tes métiers en tête sont clairs, souvent après quinze à vingt. Tes réponses sont "
        "enregistrées au fur et à mesure.",
    "adaptive.settled_keys":
        "Entrée : voir tes résultats · c : continuer · b : revenir · q : enregistrer et quitter",
    "adaptive.question.one": "Question {number} · encore environ {n}",
    "adaptive.question.other": "Question {number} · encore environ {n}",
    "adaptive.question_last": "Question {number} · sans doute la dernière",
    "adaptive.question_refine": "Question {number} · on affine tes résultats",
    "adaptive.under_one": "moins de 1",
    "adaptive.asked": "Quiz adaptatif : {asked} questions posées sur {total}.",

    # reasons and notes of a result (engine/scoring.py)
    "scoring.lift": "Tu aimes « {dim} » ({you} %) et le métier en a besoin ({role} %).",
    "scoring.gap_need":
        "Le métier demande « {dim} » ({role} %) plus que tu ne sembles l'aimer ({you} %).",
    "scoring.gap_extra": "Tu aimes « {dim} » ({you} %) mais le métier en utilise peu ({role} %).",
    "scoring.note_no_answers": "Aucune question n'a de réponse : il n'y a encore rien à classer.",
    "scoring.note_few_answers":
        "Seulement {answered} questions sur {total} ont une réponse : le classement est "
        "approximatif.",
    "scoring.note_no_preference":
        "Tes réponses ne montrent pas de préférence nette (presque la même réponse partout) : le "
        "classement dit peu de chose. Recommence en utilisant toute l'échelle.",
    "scoring.note_unclear_interests":
        "Aucun intérêt ne se détache nettement : tes réponses sur un même intérêt varient à "
        "peu près autant que d'un intérêt à l'autre, donc ce classement pourrait être dû au "
        "hasard. Prends ton temps et réponds à nouveau.",
    "scoring.note_weak_core":
        "{role} est seulement le métier le moins éloigné, pas un bon choix pour toi : il "
        "demande avant tout « {dim} », et tu sembles ne pas aimer ça ({you} %).",
    "scoring.note_weak_likes":
        "Ce que tu aimes le plus, « {dim} » ({you} %), n'est au cœur d'aucun de ces métiers : "
        "le classement montre les moins éloignés, pas des métiers faits pour toi.",
    "scoring.note_near_tie":
        "{first} et {second} sont presque à égalité ({gap} points d'écart) : regarde les deux.",

    # the results screen (views/terminal/results.py, cli/results.py)
    "results.title": "Tes résultats",
    "results.answered.one": "Réponses données : {answered} sur {n} question.",
    "results.answered.other": "Réponses données : {answered} sur {n} questions.",
    "results.headline": "Le métier le plus proche : ",
    "results.headline_tie": "Les métiers les plus proches, presque à égalité : ",
    "results.headline_likes": "Ce que tu aimes le plus : ",
    "results.headline_weak": "Aucun de ces métiers ne te correspond vraiment : voir ci-dessous.",
    "results.pct": " %",
    "results.headline_flat": "Aucun métier ne se détache encore : voir ci-dessous.",
    "results.and": " et ",
    "results.care": "À lire avec prudence",
    "results.ranking": "Les métiers, du plus proche au plus éloigné",
    "results.role": "Métier",
    "results.score": "Score",
    "results.profile": "Tes intérêts (50 = neutre)",
    "results.profile_hint": "{n} intérêt(s) inconnu(s) : aucune question répondue ne les concerne.",
    "results.reasons": "Les raisons",
    "results.why": "Pourquoi {name} ?",
    "results.no_reason": "Aucune raison marquante, ni pour ni contre.",
    "results.compare": "Tes {n} premiers comparés",
    "results.salary": "Salaire",
    "results.remote": "Télétravail",
    "results.stress": "Stress",
    "results.outlook": "Débouchés",
    "results.skills": "Compétences",
    "results.tools": "Outils",
    "results.deliverables": "Livrables",
    "results.not_known": "inconnu",
    "results.more.one": "+{n} autre",
    "results.more.other": "+{n} autres",
    "results.next": "Et maintenant ?",
    "results.next_show": "la fiche complète du métier « {name} », avec ses sources",
    "results.next_compare": "comparer tes premiers métiers en détail",
    "results.next_results": "revoir ce résultat",
    "results.next_save": "le garder dans un fichier",
    "results.file": "mon-resultat.json",
    "results.none_saved":
        "aucun résultat enregistré dans {folder} ; fais d'abord le quiz (rolequiz quiz), ou "
        "indique un FICHIER de résultat",
    "results.other_content":
        "Ce résultat a été obtenu avec d'autres questions ou d'autres métiers que ceux chargés "
        "maintenant : il est affiché tel qu'il a été enregistré.",
    "results.saved_to": "Résultat enregistré dans {path}",

    # a result as a document: Markdown and HTML (views/markdown.py, views/html.py)
    "document.title": "Tes résultats rolequiz",
    "document.answered": "{answered} questions sur {total} ont une réponse.",
    "document.rank": "Rang",
    "document.role": "Métier",
    "document.score": "Score",
    "document.dimension": "Dimension",
    "document.interest": "Intérêt",
    "document.unknown": "inconnu",
    "document.why": "Pourquoi",
    "html.made_with": "Réalisé avec rolequiz {version}.",
    "html.top_roles": "Les métiers les plus proches de toi",
    "html.all_roles": "Tous les métiers",
    "html.score_means":
        "Le score (de 0 à 100) dit à quel point tes intérêts sont proches de ce que demande "
        "chaque métier. C'est un point de départ pour en parler, pas un verdict.",

    # a date in words, and the days of a group report's quizzes (i18n.date_words,
    # views/report_html.py)
    "date.months":
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "date.first_day": "1er",
    "date.format": "{day} {month} {year}",
    "html.report_day": "Quiz passés le {date}",
    "html.report_days": "Quiz passés du {first} au {last}",

    # role cards, the role list and comparisons (content/cards.py and their views)
    "cards.salary": "Salaire",
    "cards.remote": "Télétravail",
    "cards.stress": "Stress",
    "cards.outlook": "Débouchés",
    "cards.missions": "Missions",
    "cards.skills": "Compétences",
    "cards.tools": "Outils",
    "cards.deliverables": "Livrables",
    "cards.advantages": "Atouts",
    "cards.training": "Comment y arriver",
    "cards.profile": "Ce que le métier demande",
    "cards.facts": "En bref",
    "cards.sources": "Sources",
    "cards.summary": "Résumé",
    "cards.role": "Métier",
    "cards.id": "id",
    "cards.score": "Ton affinité",
    "cards.not_known": "inconnu",
    "cards.none_listed": "rien d'indiqué",
    "cards.roles_title": "Les métiers",
    "cards.roles_hint": "Voir un métier : rolequiz show ID · comparer : rolequiz compare ID ID",
    "cards.compare_title": "Côte à côte",
    "cards.legend_top": "▲ en demande le plus, sur les lignes où ces métiers diffèrent le plus",
    "cards.legend_shared": "= tous ces métiers l'ont",
    "cards.your_rank": "n° {rank} sur {total}",
    "cards.unknown_role": "aucun métier « {role} » dans {file}",
    "cards.did_you_mean": "voulais-tu dire {ids} ? (rolequiz roles les affiche tous)",
    "cards.list_them": "rolequiz roles les affiche tous",
    "cards.or": " ou ",
    "cards.compare_count": "compare prend de {low} à {high} métiers, pas {n}",
    "cards.compare_count_hint": "par exemple : rolequiz compare data-analyst data-scientist",
    "cards.compare_twice": "« {role} » est donné deux fois",
    "cards.top_needs_results": "--top demande --results FICHIER (un résultat de quiz enregistré)",
    "cards.top_and_roles": "donne soit des identifiants de métiers, soit --top N, pas les deux",
    "cards.top_too_few":
        "{file} n'a que {n} de ces métiers avec un score ; impossible d'en comparer {top}",
    "cards.results_other_roles":
        "{file} a été fait avec d'autres métiers : aucun de ses métiers n'est dans {roles}",
    "cards.results_other_roles_hint": "donne le fichier --roles utilisé pour le quiz",

    # the group report (group/report.py and its views)
    "report.title": "Bilan du groupe",
    "report.participants": "Participants : {n}",
    "report.in_progress": "Quiz encore en cours : {n}",
    "report.first_matches": "Premiers métiers proposés",
    "report.ties.one": "Une égalité en tête compte pour chaque métier à égalité ({n} participant).",
    "report.ties.other":
        "Une égalité en tête compte pour chaque métier à égalité ({n} participants).",
    "report.profile": "Intérêts moyens",
    "report.spread": "dispersion",
    "report.range": "min-max",
    "report.people": "Participants",
    "report.participant": "Participant",
    "report.code": "Code",
    "report.finished": "Terminé",
    "report.answered": "Réponses",
    "report.total": "Questions",
    "report.notes": "Remarques",
    "report.first": "1er",
    "report.second": "2e",
    "report.third": "3e",
    "report.role": "Métier",
    "report.dimension": "Dimension",
    "report.count": "Élèves",
    "report.mean": "Moyenne",
    "report.unmatched": "Métiers proposés à personne",
    "report.none": "aucun",
    "report.unclear": "Résultats sans préférence nette : {n}",
    "report.content": "Contenu {id}",
    "report.other_content":
        "Faits avec un autre contenu que celui de l'atelier : présentés à part.",
    "report.skipped": "Fichiers ignorés : {n}",
    "report.no_results": "Aucun résultat pour l'instant.",
    "report.unknown": "inconnu",
    "report.anon": "n°{n}",
    "report.csv_groups":
        "ces résultats viennent de {n} contenus différents ({ids}) ; un CSV n'en contient qu'un : "
        "choisissez avec --content ID, ou rangez chaque groupe dans son propre dossier",

    # why a file was skipped
    "report.skip.unreadable": "illisible",
    "report.skip.empty": "vide (en cours d'écriture, ou coupé)",
    "report.skip.too-big": "trop gros pour être un résultat",
    "report.skip.not-json": "pas un fichier JSON",
    "report.skip.not-a-result": "pas un résultat rolequiz",
    "report.skip.damaged": "abîmé ou coupé",
    "report.skip.duplicate": "doublon de {first}",
    "report.skip.duplicate_anon": "doublon",

    # rolequiz report and rolequiz workshop (cli/workshop.py, cli/join.py)
    "report.written": "Bilan écrit dans {path}",
    "report.watching": "Ctrl-C pour arrêter. Mis à jour à {time}, surveillance de {folders}",
    "report.skipped_line": "ignoré {path} : {reason}",
    "report.skipped_count": "{n} fichiers ignorés (voir le bilan)",
    "report.watch_table":
        "--watch affiche un tableau en direct à l'écran ; retirez --format et --output",

    # each participant's trust mark, the figures' unclear results, the top 3, the times
    # and the handouts (group/report.py and its views)
    "report.result": "Résultat",
    "report.clear": "clair",
    "report.not_clear": "incertain\u00a0: {why}",
    "report.doubt.few_answers": "peu de réponses",
    "report.doubt.no_preference": "pas de préférence",
    "report.doubt.unclear_interests": "intérêts peu nets",
    "report.doubt.near_tie": "quasi-égalité",
    "report.doubt.weak_fit": "adéquation faible",
    "report.doubt.no_answers": "aucune réponse",
    "report.firsts.one": "{n} premier métier proposé",
    "report.firsts.other": "{n} premiers métiers proposés",
    "report.results.one": "{n} résultat",
    "report.results.other": "{n} résultats",
    "report.of_them_unclear.one": "dont {n} incertain",
    "report.of_them_unclear.other": "dont {n} incertains",
    "report.figure_with_unclear": "{figure}, {unclear}.",
    "report.figure_clear_only": "{figure} (résultats clairs seulement).",
    "report.averages_with_unclear": "Moyennes sur {figure}, {unclear}.",
    "report.averages_clear_only": "Moyennes sur {figure} (résultats clairs seulement).",
    "report.left_out.one":
        "Seuls les résultats clairs sont comptés\u00a0: {n} résultat incertain est laissé hors "
        "des chiffres (il reste dans la liste des participants).",
    "report.left_out.other":
        "Seuls les résultats clairs sont comptés\u00a0: {n} résultats incertains sont laissés "
        "hors des chiffres (ils restent dans la liste des participants).",
    "report.top_three": "Les métiers dans le top 3 des élèves",
    "report.in_top_three": "Top 3",
    "report.unclear_column": "dont incertains",
    "report.top_three_ties":
        "Une égalité compte pour chaque métier à égalité, en tête comme à la 3e place.",
    "report.months_short": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "report.time": "{day} {month} {year} {time} ({zone})",
    "report.handouts_title": "{title}\u00a0: une page par élève",
    "report.handout_clear": "Ce résultat est clair.",
    "report.handout_not_clear": "Ce résultat est incertain\u00a0: {why}.",
    "report.handouts_html":
        "--handouts écrit une page HTML à imprimer\u00a0: retirez --watch, et --format (ou "
        "donnez --format html)",
    "report.handouts_written.one": "Fiche de {n} élève écrite dans {path}",
    "report.handouts_written.other": "Fiches de {n} élèves écrites dans {path}",

    # rolequiz workshop (cli/workshop.py, cli/join.py)
    "workshop.ready":
        "L'atelier « {title} » est prêt dans {folder} (contenu {content}).\n"
        "Les élèves lancent :  rolequiz quiz --workshop {folder} [--name NOM]\n"
        "Bilan du groupe :     rolequiz report {folder}",
    "workshop.saved":
        "Ton résultat est enregistré dans {path}\n"
        "Ton code : {code} (note-le : il désigne ton résultat sans ton nom)",
    "workshop.name_needs_workshop":
        "--name sert aux ateliers : ajoute --workshop DOSSIER (le dossier du groupe)",

    # output formats and files (cli/choices.py, cli/emit.py)
    "format.unsupported":
        "{command} ne sait pas écrire --format {format} ; formats possibles : {names}",
    "output.saved": "Enregistré dans {path}",

    # rolequiz validate : le résumé du contenu, les répondants simulés, les vraies réponses
    # (cli/validate.py, views/validity.py) ; vous pour le conseiller
    "validate.summary_questions": "{path}\u00a0: {dimensions}, {questions}, échelle {low}-{high}",
    "validate.summary_roles": "{path}\u00a0: {roles}, {sources}",
    "validate.dimensions.one": "{n} dimension",
    "validate.dimensions.other": "{n} dimensions",
    "validate.questions.one": "{n} question",
    "validate.questions.other": "{n} questions",
    "validate.roles.one": "{n} métier",
    "validate.roles.other": "{n} métiers",
    "validate.sources.one": "{n} source",
    "validate.sources.other": "{n} sources",
    "validate.languages": "langues\u00a0: {langs}",
    "validate.no_problems": "OK\u00a0: aucun problème trouvé",
    "validate.pct": "{n}\u00a0%",
    "validate.ok_mark": "ok",
    "validate.below": "SOUS L'OBJECTIF",
    "validate.and": ", ",
    "validate.versus": "{what} {a} contre {b}",
    "validate.lowered":
        "(Moins que les {usual} habituels\u00a0: le contenu a {roles} métiers\u00a0; {option} N "
        "fixe le nombre.)",
    "validate.rows_hidden.one":
        "… et {n} autre métier, non affiché\u00a0: les {shown} plus faibles sont ci-dessus.",
    "validate.rows_hidden.other":
        "… et {n} autres métiers, non affichés\u00a0: les {shown} plus faibles sont ci-dessus.",
    "validate.sim_title": "Simulation (graine {seed})",
    "validate.ideal_intro.one":
        "Répondants idéaux et bruités\u00a0: le répondant idéal de chaque métier, puis {n} "
        "répondant bruité par métier (chaque réponse décalée d'un cran avec une probabilité de "
        "{p}).",
    "validate.ideal_intro.other":
        "Répondants idéaux et bruités\u00a0: le répondant idéal de chaque métier, puis {n} "
        "répondants bruités par métier (chaque réponse décalée d'un cran avec une probabilité "
        "de {p}).",
    "validate.ideal_only":
        "Répondants idéaux\u00a0: le répondant idéal de chaque métier, sans répondants bruités.",
    "validate.ideal_targets":
        "Objectifs\u00a0: le répondant idéal classe le métier premier avec au moins {margin} "
        "points d'avance\u00a0; les répondants bruités le placent premier dans au moins {top1} des "
        "cas et dans les 3 premiers dans au moins {top3}.",
    "validate.col_role": "métier",
    "validate.col_ideal": "idéal",
    "validate.col_margin": "avance",
    "validate.col_runner_up": "deuxième",
    "validate.col_top_one": "1er",
    "validate.col_top_three": "top 3",
    "validate.col_clear": "net",
    "validate.ideal_all_ok": "Tous les métiers atteignent les objectifs.",
    "validate.ideal_missed.one":
        "{n} métier sur {total} manque les objectifs\u00a0: rendez son profil ou les questions "
        "plus distincts.",
    "validate.ideal_missed.other":
        "{n} métiers sur {total} manquent les objectifs\u00a0: rendez leurs profils ou les "
        "questions plus distincts.",
    "validate.undecided_intro": "Répondants indécis\u00a0: {groups}.",
    "validate.random_group.one":
        "{n} répondant au hasard sur toute l'échelle ({low} à {high})",
    "validate.random_group.other":
        "{n} répondants au hasard sur toute l'échelle ({low} à {high})",
    "validate.shrugging_group.one":
        "{n} répondant mitigé (au hasard, de {low} à {high} seulement)",
    "validate.shrugging_group.other":
        "{n} répondants mitigés (au hasard, de {low} à {high} seulement)",
    "validate.no_shrugging":
        "Pas de répondants mitigés\u00a0: l'échelle ({low} à {high}) n'a aucune valeur entre ses "
        "extrémités.",
    "validate.undecided_targets":
        "Objectifs\u00a0: un résultat net pour au plus {clear} d'entre eux\u00a0; aucun métier "
        "premier pour plus de {magnet}.",
    "validate.col_group": "répondants",
    "validate.col_magnet": "le plus souvent premier",
    "validate.group_random": "au hasard",
    "validate.group_shrugging": "mitigés",
    "validate.magnet": "{role} ({share})",
    "validate.realistic_intro":
        "Répondants réalistes\u00a0: {n} par métier, dont les intérêts sont les besoins du métier "
        "avec une dispersion de {spread} sur chaque dimension, et dont les réponses suivent "
        "leurs intérêts avec une dispersion de {noise} cran d'échelle.",
    "validate.realistic_sample":
        "Seuls {n} des {total} métiers, tirés au hasard avec la graine, en ont.",
    "validate.realistic_targets":
        "Objectifs, sur l'ensemble\u00a0: le métier premier seul pour au moins {top1}, dans les 3 "
        "premiers pour au moins {top3}, un résultat net pour au moins {clear}.",
    "validate.realistic_all": "tous les métiers",
    "validate.realistic_weak": "* sous les objectifs\u00a0: les métiers à retravailler d'abord.",
    "validate.pairs_title":
        "Paires les plus proches (écart quadratique moyen des profils, 0-1), ce qui sépare leurs "
        "profils, et les questions dont les réponses idéales diffèrent le plus\u00a0:",
    "validate.pair": "  {a} ~ {b}\u00a0: {distance}  ({dims})",
    "validate.pair_items.one": "    {n} question sur {total} les sépare\u00a0: {items}",
    "validate.pair_items.other": "    {n} questions sur {total} les séparent\u00a0: {items}",
    "validate.pair_no_items":
        "    Aucune question ne les sépare\u00a0: leurs répondants idéaux répondent pareil.",
    "validate.dead.one":
        "{n} question ne sépare aucun métier (la même réponse idéale pour tous)\u00a0: {items}",
    "validate.dead.other":
        "{n} questions ne séparent aucun métier (la même réponse idéale pour tous)\u00a0: {items}",
    "validate.dead_none":
        "Questions qui ne séparent aucun métier (la même réponse idéale pour tous)\u00a0: aucune.",
    "validate.results_title": "Vraies réponses dans {folder}\u00a0: {students}.",
    "validate.students.one": "{n} participant",
    "validate.students.other": "{n} participants",
    "validate.results_other_content.one":
        "{n} résultat fait avec d'autres questions est laissé de côté.",
    "validate.results_other_content.other":
        "{n} résultats faits avec d'autres questions sont laissés de côté.",
    "validate.results_no_answers.one": "{n} résultat sans ses réponses est laissé de côté.",
    "validate.results_no_answers.other":
        "{n} résultats sans leurs réponses sont laissés de côté.",
    "validate.results_files_skipped.one":
        "{n} fichier ignoré (pas un résultat, abîmé, ou en double).",
    "validate.results_files_skipped.other":
        "{n} fichiers ignorés (pas des résultats, abîmés, ou en double).",
    "validate.results_too_few":
        "Trop peu pour conclure\u00a0: il faut au moins {n} participants\u00a0; rien n'est jugé.",
    "validate.results_targets":
        "Objectifs\u00a0: chaque question est corrélée à au moins {r} avec les autres questions de "
        "sa dimension (corrélation item-total corrigée)\u00a0; l'alpha de Cronbach de chaque "
        "dimension est d'au moins {alpha}.",
    "validate.col_dimension": "dimension",
    "validate.col_questions": "questions",
    "validate.col_students": "participants",
    "validate.col_alpha": "alpha",
    "validate.col_question": "question",
    "validate.col_r": "r",
    "validate.reversed": "{item} (inversée)",
    "validate.cannot_tell": "incalculable",
    "validate.too_few_here": "trop peu pour conclure",
    "validate.results_ok": "Toutes les questions et dimensions atteignent les objectifs.",
    "validate.results_missed":
        "Des questions ou dimensions sont sous les objectifs\u00a0: reformulez-les, déplacez-les "
        "ou retirez-les, puis vérifiez de nouveau avec le groupe suivant.",
    "validate.all_met": "Tous les objectifs sont atteints.",
    "validate.missed": "Objectifs manqués\u00a0: {parts}.",
    "validate.part_ideal": "répondants idéaux et bruités",
    "validate.part_random": "répondants au hasard",
    "validate.part_shrugging": "répondants mitigés",
    "validate.part_realistic": "répondants réalistes",
    "validate.part_results": "vraies réponses",
    # the results browser (cli/browse.py, views/terminal/summary.py)
    "browse.code": "Ton code\u00a0: ",
    "browse.code_why": "(note-le\u00a0: il désigne ton résultat sans ton nom)",
    "browse.keys_summary": "{cards} fiche métier · c comparer le top 3 · r tous les métiers"
        " · i intérêts · s enregistrer · q quitter",
    "browse.keys_saved": "{cards} fiche métier · c comparer le top 3 · r tous les métiers"
        " · i intérêts · q quitter",
    "browse.keys_view": "{cards} fiche · c comparer · r métiers · i intérêts · Entrée retour"
        " · q quitter",
    "browse.keys_scroll": "↑↓ espace\u00a0: lignes {first} à {last} sur {total}",
    "browse.keys_scroll_ascii": "haut/bas/espace\u00a0: lignes {first} à {last} sur {total}",
    "browse.line_prompt": "Tape {cards} (fiche métier), c, r, i{save} ou q, puis Entrée\u00a0:",
    "browse.line_save": ", s",
    "browse.line_help":
        "c\u00a0: comparer tes 3 premiers · r\u00a0: tous les métiers · i\u00a0: tes intérêts"
        " · s\u00a0: enregistrer · q\u00a0: quitter",
    "browse.card_title": "{rank}. {name}\u00a0: {score} sur 100",
    "browse.saved": "Enregistré dans {path}.",
    "browse.already_saved": "Déjà enregistré dans {path}.",
    "browse.not_saved": "Impossible d'enregistrer\u00a0: {error}",
    "browse.again": "Pour le revoir\u00a0:",
    "browse.no_card": "Pas de fiche pour ce métier dans ces fichiers de métiers.",
}
