"""The interface's words in French (tu for the student, vous for the counselor).

The same keys and placeholders as en.py, checked by tests/test_i18n.py.
"""

MESSAGES: dict[str, str] = {
    # punctuation around a label or a quoted name
    "punct.colon": "\u00a0: ",
    "punct.quoted": "«\u00a0{text}\u00a0»",

    # the quiz screens (quiz/session.py)
    "quiz.title": "Quel métier est fait pour toi\u00a0?",
    "quiz.intro":
        "Dis à quel point chaque activité te plairait. Il n’y a pas de bonne ou de mauvaise "
        "réponse\u00a0: suis ta première impression. À la fin, tu verras quels métiers "
        "correspondent le mieux à tes goûts, pourquoi, et en quoi ils diffèrent.",
    "quiz.length.one":
        "{n} question, environ {minutes}\u00a0min. Tes réponses sont enregistrées au fur et à "
        "mesure.",
    "quiz.length.other":
        "{n} questions, environ {minutes}\u00a0min. Tes réponses sont enregistrées au fur et à "
        "mesure.",
    "quiz.welcome_back.one": "Te revoilà\u00a0! Réponses déjà données\u00a0: {answered} sur {n}.",
    "quiz.welcome_back.other": "Te revoilà\u00a0! Réponses déjà données\u00a0: {answered} sur {n}.",
    "quiz.keys_title": "Touches",
    "quiz.enter": "Entrée",
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
    "quiz.hint": "Appuie sur {keys} pour répondre, ou sur ? pour l’aide.",
    "quiz.help_back": "Appuie sur une touche pour revenir à la question.",
    "quiz.help_back_line": "Appuie sur Entrée pour revenir à la question.",
    "quiz.done_title": "C’est la fin des questions\u00a0!",
    "quiz.done_count.one": "Réponses données\u00a0: {answered} sur {n}.",
    "quiz.done_count.other": "Réponses données\u00a0: {answered} sur {n}.",
    "quiz.done_keys":
        "Entrée\u00a0: voir tes résultats · b\u00a0: revenir · q\u00a0: enregistrer et quitter",
    "quiz.save_failed":
        "Attention\u00a0: {error}. Tes réponses restent en mémoire jusqu’à la fin du quiz.",

    # the quiz from the command line: terminal, pause, save (cli/interactive.py)
    "quiz.no_tty":
        "le quiz a besoin d’un terminal pour poser ses questions\u00a0; lance-le dans un "
        "terminal, ou donne les réponses avec --answers FICHIER",
    "quiz.paused.one":
        "Quiz en pause (réponses données\u00a0: {answered} sur {n}), enregistré dans {path}",
    "quiz.paused.other":
        "Quiz en pause (réponses données\u00a0: {answered} sur {n}), enregistré dans {path}",
    "quiz.resume_with": "Pour reprendre\u00a0: {command}",
    "quiz.nothing_saved": "Rien à enregistrer pour l’instant. À bientôt\u00a0!",
    "quiz.interrupted": "interrompu",
    "quiz.save_failed_safe":
        "{error}. Tes réponses sont en sécurité dans {path}\u00a0; termine avec\u00a0: {command}",

    # saved progress (cli/interactive.py)
    "progress.corrupt":
        "La progression enregistrée dans {path} est illisible ({reason}). Elle est conservée sous "
        "{kept}\u00a0; un nouveau quiz commence.",
    "progress.unreadable":
        "La progression enregistrée est illisible\u00a0: {reason}. Un nouveau quiz commence.",
    "progress.changed":
        "Les questions ont changé depuis l’enregistrement\u00a0: {kept}, {dropped}.",
    "progress.kept.one": "{n} réponse gardée",
    "progress.kept.other": "{n} réponses gardées",
    "progress.dropped.one": "{n} abandonnée (sa question n’existe plus)",
    "progress.dropped.other": "{n} abandonnées (leurs questions n’existent plus)",
    "progress.changed_all_kept.one":
        "Les questions ont changé depuis l’enregistrement\u00a0: {n} réponse reste valable.",
    "progress.changed_all_kept.other":
        "Les questions ont changé depuis l’enregistrement\u00a0: tes {n} réponses restent "
        "valables.",
    "progress.from_workshop":
        "Ton quiz en cours a été retrouvé dans le dossier de l’atelier {folder} (enregistré sur "
        "un autre ordinateur).",
    "progress.none_to_resume": "Aucun quiz en cours dans {folder}\u00a0: un nouveau quiz commence.",
    "progress.unfinished":
        "Tu as un quiz en cours (réponses données\u00a0: {answered} sur {total}, enregistré "
        "{when}).",
    "progress.unfinished_keys":
        "r\u00a0: le reprendre · n\u00a0: recommencer à zéro (les réponses déjà données sont "
        "effacées) · q\u00a0: quitter",

    # the adaptive quiz (engine/adaptive.py, quiz/session.py)
    "adaptive.settled.one":
        "Après {n} question sur {total}, tes métiers en tête se dessinent clairement\u00a0: "
        "découvre tes résultats, ou continue pour les affiner.",
    "adaptive.settled.other":
        "Après {n} questions sur {total}, tes métiers en tête se dessinent clairement\u00a0: "
        "découvre tes résultats, ou continue pour les affiner.",
    "adaptive.adaptive_note.one":
        "Quiz adaptatif\u00a0: {n} question posée sur {total}\u00a0; les autres réponses ne "
        "changeraient très probablement pas le métier arrivé en tête (risque estimé\u00a0: "
        "{chance}).",
    "adaptive.adaptive_note.other":
        "Quiz adaptatif\u00a0: {n} questions posées sur {total}\u00a0; les autres réponses ne "
        "changeraient très probablement pas le métier arrivé en tête (risque estimé\u00a0: "
        "{chance}).",
    "adaptive.length.one":
        "Au plus {n} question\u00a0: le quiz s’arrête dès que tes métiers en tête sont clairs. Tes "
        "réponses sont enregistrées au fur et à mesure.",
    "adaptive.length.other":
        "Au plus {n} questions\u00a0: le quiz choisit chaque fois la question la plus utile et "
        "s’arrête dès que tes métiers en tête sont clairs, souvent au bout de quinze à vingt. Tes "
        "réponses sont enregistrées au fur et à mesure.",
    "adaptive.settled_keys":
        "Entrée\u00a0: voir tes résultats · c\u00a0: continuer · b\u00a0: revenir · q\u00a0: "
        "enregistrer et quitter",
    "adaptive.question.one": "Question {number} · il en reste environ {n}",
    "adaptive.question.other": "Question {number} · il en reste environ {n}",
    "adaptive.question_last": "Question {number} · sans doute la dernière",
    "adaptive.question_refine": "Question {number} · on affine tes résultats",
    "adaptive.under_one": "moins de 1\u00a0%",
    "adaptive.asked.one": "Quiz adaptatif\u00a0: {n} question posée sur {total}.",
    "adaptive.asked.other": "Quiz adaptatif\u00a0: {n} questions posées sur {total}.",

    # reasons and notes of a result (engine/scoring.py)
    "scoring.lift":
        "«\u00a0{dim}\u00a0»\u00a0: tu aimes ({you}\u00a0%) et le métier en a besoin "
        "({role}\u00a0%).",
    "scoring.gap_need":
        "«\u00a0{dim}\u00a0»\u00a0: le métier en a besoin ({role}\u00a0%) plus que tu ne "
        "sembles l’aimer ({you}\u00a0%).",
    "scoring.gap_extra":
        "«\u00a0{dim}\u00a0»\u00a0: tu aimes ({you}\u00a0%), mais le métier n’en a guère "
        "besoin ({role}\u00a0%).",
    "scoring.note_no_answers":
        "Tu n’as répondu à aucune question\u00a0: il n’y a encore rien à classer.",
    "scoring.note_few_answers.one":
        "Tu n’as répondu qu’à {n} question sur {total}\u00a0: le classement est approximatif.",
    "scoring.note_few_answers.other":
        "Tu n’as répondu qu’à {n} questions sur {total}\u00a0: le classement est approximatif.",
    "scoring.note_no_preference":
        "Tes réponses ne montrent pas de préférence nette (presque la même réponse "
        "partout)\u00a0: le classement ne veut pas dire grand-chose. Recommence le quiz en "
        "utilisant toute l’échelle.",
    "scoring.note_unclear_interests":
        "Aucun intérêt ne se détache nettement\u00a0: tes réponses sur un même intérêt varient à "
        "peu près autant que d’un intérêt à l’autre, donc ce classement pourrait être dû au "
        "hasard. Prends ton temps et recommence le quiz.",
    "scoring.note_weak_core":
        "{role} est seulement le métier le moins éloigné de tes goûts, pas forcément un métier "
        "fait pour toi\u00a0: il demande avant tout «\u00a0{dim}\u00a0», et tu ne sembles pas "
        "aimer ça ({you}\u00a0%).",
    "scoring.note_weak_likes":
        "Ce que tu aimes le plus, «\u00a0{dim}\u00a0» ({you}\u00a0%), n’est au cœur d’aucun de "
        "ces métiers\u00a0: le classement montre les moins éloignés de tes goûts, pas forcément "
        "des métiers faits pour toi.",
    "scoring.note_near_tie":
        "{first} et {second} sont presque à égalité ({gap} point d’écart)\u00a0: regarde les deux.",
    "scoring.gap_extra_none":
        "«\u00a0{dim}\u00a0»\u00a0: tu aimes ({you}\u00a0%), mais le métier n’en a pas besoin "
        "({role}\u00a0%).",

    # ce qui empêche de comparer deux salaires, en plus des clés plus bas (content/salary.py)
    "salary.basis_none": "brut ou net non précisé pour les deux",
    "salary.basis_one": "brut ou net précisé pour un seul ({said})",
    "salary.period_none": "période non précisée pour les deux",
    "salary.period_one": "période précisée pour un seul ({said})",
    "salary.place_none": "lieu non précisé pour les deux",
    "salary.place_one": "lieu précisé pour un seul ({said})",

    # la langue des citations, quand ce n’est pas celle de la page (content/cards.py)
    "cards.quotes_language": "Citations en {language}, telles que les articles les ont écrites.",
    "language.fr": "français",
    "language.en": "anglais",

    # un fichier illisible, ou qui n’est ni du YAML ni du JSON, et des réponses qui ne vont
    # pas avec les questions (content/yamlsafe.py, content/answers.py, content/load.py) ;
    # « _hint » : ce qu’il faut faire
    "file.not_found": "fichier introuvable",
    "file.is_folder": "c’est un dossier, pas un fichier",
    "file.permission": "accès refusé",
    "file.unreadable": "illisible ({reason})",
    "file.too_large": "fichier trop gros (plus de {kb}\u00a0Ko)",
    "file.too_large_hint":
        "les fichiers de contenu et de réponses font quelques Ko\u00a0; est-ce le bon "
        "fichier\u00a0?",
    "file.not_unicode": "pas en UTF-8 (octet 0x{byte} à la position {offset})",
    "file.nul": "contient un caractère NUL",
    "file.nul_hint": "ce n’est pas un fichier texte",
    "file.invalid_json": "JSON invalide\u00a0: {message}",
    "file.known": "choix possibles\u00a0: {values}",
    "yaml.control": "le caractère de contrôle U+{code} est interdit en YAML",
    "yaml.alias": "les alias comme *{anchor} sont interdits",
    "yaml.tag": "les étiquettes comme {tag} sont interdites",
    "yaml.too_deep": "imbrication trop profonde (plus de {n} niveaux)",
    "yaml.nesting": "imbrication trop profonde",
    "yaml.two_documents":
        "le fichier contient plus d’un document YAML (un second «\u00a0---\u00a0»\u00a0?)",
    "yaml.tab": "une tabulation sert à l’indentation\u00a0; YAML demande des espaces",
    "yaml.invalid": "YAML invalide\u00a0: {message}",
    "answers.unknown_question": "identifiant de question inconnu\u00a0: «\u00a0{id}\u00a0»",
    "answers.not_on_scale":
        "la réponse à «\u00a0{id}\u00a0» vaut {value}, une valeur hors de l’échelle",
    "answers.not_on_scale_hint": "valeurs possibles\u00a0: {values}",
    "answers.result_without_answers":
        "ce résultat enregistré ne contient pas de réponses à compter de nouveau",
    "workshop.title_metavar": "TITRE",

    # the results screen (views/terminal/results.py, cli/results.py)
    "results.title": "Tes résultats",
    "results.answered.one": "Réponses données\u00a0: {answered} sur {n} question.",
    "results.answered.other": "Réponses données\u00a0: {answered} sur {n} questions.",
    "results.headline": "Le métier le plus proche\u00a0: ",
    "results.headline_tie": "Les métiers les plus proches, presque à égalité\u00a0: ",
    "results.headline_likes": "Ce que tu aimes le plus\u00a0: ",
    "results.headline_weak":
        "Aucun de ces métiers ne te correspond vraiment\u00a0: voir ci-dessous.",
    "results.headline_flat": "Aucun métier ne se détache encore\u00a0: voir ci-dessous.",
    "results.and": " et ",
    "results.care": "À garder en tête",
    "results.ranking": "Les métiers, du plus proche au plus éloigné",
    "results.role": "Métier",
    "results.score": "Score",
    "results.profile": "Tes intérêts (50 = neutre)",
    "results.profile_hint.one": "{n} intérêt inconnu\u00a0: aucune de tes réponses ne le concerne.",
    "results.profile_hint.other":
        "{n} intérêts inconnus\u00a0: aucune de tes réponses ne les concerne.",
    "results.reasons": "Les raisons",
    "results.why": "Pourquoi {name}\u00a0?",
    "results.no_reason": "Aucune raison marquante, ni pour ni contre.",
    "results.compare": "Tes {n} métiers en tête, côte à côte",
    "results.salary": "Salaire",
    "results.remote": "Télétravail",
    "results.stress": "Stress",
    "results.outlook": "Perspectives",
    "results.skills": "Compétences",
    "results.tools": "Outils",
    "results.deliverables": "Réalisations",
    "results.not_known": "inconnu",
    "results.more.one": "+{n} autre",
    "results.more.other": "+{n} autres",
    "results.next": "Et maintenant\u00a0?",
    "results.next_show": "voir la fiche complète du métier «\u00a0{name}\u00a0», avec ses sources",
    "results.next_compare": "comparer en détail tes métiers en tête",
    "results.next_results": "revoir ce résultat",
    "results.next_save": "garder ce résultat dans un fichier",
    "results.file": "mon-resultat.json",
    "results.none_saved":
        "aucun résultat enregistré dans {folder}\u00a0; fais d’abord le quiz (rolequiz quiz), ou "
        "indique un FICHIER de résultat",
    "results.other_content":
        "Ce résultat a été obtenu avec d’autres questions ou d’autres métiers que ceux chargés "
        "maintenant\u00a0: il est affiché tel qu’il a été enregistré.",
    "results.saved_to": "Résultat enregistré dans {path}",

    # a result as a document: Markdown and HTML (views/markdown.py, views/html.py)
    "document.title": "Tes résultats rolequiz",
    "document.answered.one": "Réponses données\u00a0: {answered} sur {n} question.",
    "document.answered.other": "Réponses données\u00a0: {answered} sur {n} questions.",
    "document.rank": "Rang",
    "document.role": "Métier",
    "document.score": "Score",
    "document.dimension": "Dimension",
    "document.interest": "Intérêt",
    "document.unknown": "inconnu",
    "html.made_with": "Réalisé avec rolequiz {version}.",
    "html.top_roles": "Les métiers les plus proches de toi",
    "html.all_roles": "Tous les métiers",
    "html.score_means":
        "Le score (de 0 à 100) dit à quel point tes intérêts sont proches de ce que demande "
        "chaque métier. C’est un point de départ pour en parler, pas un verdict.",

    # a date in words, and the days of a group report's quizzes (i18n.date_words,
    # views/report_html.py)
    "date.months":
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "date.first_day": "1er",
    "date.format": "{day} {month} {year}",
    "date.clock": "{hour}\u00a0h\u00a0{minute:02d}",
    "html.report_day": "Quiz passés le {date}",
    "html.report_days": "Quiz passés du {first} au {last}",

    # role cards, the role list and comparisons (content/cards.py and their views)
    "cards.salary": "Salaire",
    "cards.remote": "Télétravail",
    "cards.stress": "Stress",
    "cards.outlook": "Perspectives",
    "cards.missions": "Missions",
    "cards.skills": "Compétences",
    "cards.tools": "Outils",
    "cards.deliverables": "Réalisations",
    "cards.advantages": "Atouts",
    "cards.training": "Comment y arriver",
    "cards.profile": "Ce que le métier demande",
    "cards.facts": "En bref",
    "cards.sources": "Sources",
    "cards.summary": "Résumé",
    "cards.role": "Métier",
    "cards.id": "id",
    "cards.score": "Score",
    "cards.not_known": "inconnu",
    "cards.roles_title": "Les métiers",
    "cards.roles_hint":
        "Voir un métier\u00a0: rolequiz show ID · comparer\u00a0: rolequiz compare ID ID",
    "cards.compare_title": "Côte à côte",
    "cards.legend_top":
        "▲ le métier qui en a le plus besoin, sur les lignes où ces métiers diffèrent le plus",
    "cards.legend_shared": "= commun à tous ces métiers",
    "cards.your_rank": "n°\u00a0{rank} sur {total}",
    "cards.rank": "n°\u00a0{rank}",
    "cards.unknown_role": "aucun métier «\u00a0{role}\u00a0» dans {file}",
    "cards.did_you_mean": "voulais-tu dire {ids}\u00a0? (rolequiz roles les affiche tous)",
    "cards.list_them": "rolequiz roles les affiche tous",
    "cards.or": " ou ",
    "cards.compare_count": "compare prend de {low} à {high} métiers, pas {n}",
    "cards.compare_count_hint": "par exemple\u00a0: rolequiz compare data-analyst data-scientist",
    "cards.compare_twice": "«\u00a0{role}\u00a0» est donné deux fois",
    "cards.top_needs_results": "--top demande --results FICHIER (un résultat de quiz enregistré)",
    "cards.top_and_roles": "donne soit des identifiants de métiers, soit --top N, pas les deux",
    "cards.top_too_few":
        "{file} n’a que {n} de ces métiers avec un score\u00a0; impossible d’en comparer {top}",
    "cards.results_other_roles":
        "{file} a été fait avec d’autres métiers\u00a0: aucun de ses métiers n’est dans {roles}",
    "cards.results_other_roles_hint": "donne le fichier --roles utilisé pour le quiz",

    # where the cards' statements come from, what the sources do not say (content/cards.py,
    # content/salary.py and their views)
    "cards.notes": "Bon à savoir",
    "cards.not_stated": "non précisé dans les sources",
    "cards.not_stated_facts": "Non précisé dans les sources\u00a0: {facts}.",
    "cards.not_stated_mark": "– non précisé dans les sources",
    "cards.salary_level": "Salaire, {level}",
    "cards.quote": "«\u00a0{text}\u00a0»",
    "cards.title_quoted": "«\u00a0{text}\u00a0»",
    "cards.undated": "sans date",
    "cards.judgement": "Jugement des auteurs du quiz\u00a0: {text}",
    "cards.no_basis":
        "Jugement des auteurs du quiz\u00a0: aucune source n’en parle pour ce métier.",
    "cards.sources_hint":
        "Les citations des articles, ligne par ligne\u00a0: rolequiz show {id} --sources",
    "cards.advice_hint":
        "Des conseils pour choisir, tirés des articles\u00a0: rolequiz show --advice",
    "cards.glossary_line": "Dans le glossaire (rolequiz show --glossary)\u00a0: {terms}",
    "cards.advice_title": "Conseils pour choisir, tirés des articles",
    "cards.glossary_title": "Glossaire",
    "cards.glossary_intro": "Explications écrites pour rolequiz, pas tirées des articles.",
    "cards.show_what": "donne l’identifiant d’un métier, ou --advice, ou --glossary",
    "cards.show_one":
        "donne l’identifiant d’un métier, --advice ou --glossary\u00a0: un seul à la fois",
    "salary.level.junior": "En début de carrière",
    "salary.level.all": "Expérience non précisée",
    "salary.level.senior": "Avec de l’expérience",
    "salary.up_to": "jusqu’à {amount}",
    "salary.from": "à partir de {amount}",
    "salary.basis.gross": "brut",
    "salary.basis.net": "net",
    "salary.period.year": "par an",
    "salary.period.month": "par mois",
    "salary.average": "en moyenne",
    "salary.unstated.basis": "brut ou net non précisé",
    "salary.unstated.period": "période non précisée",
    "salary.unstated.basis_period": "brut ou net et période non précisés",
    "salary.separator": "\u00a0; ",
    "salary.diff_currency": "devises différentes, {a} pour l’un, {b} pour l’autre",
    "salary.diff_basis": "{a} pour l’un, {b} pour l’autre",
    "salary.diff_period": "{a} pour l’un, {b} pour l’autre",
    "salary.diff_place": "lieux différents, {a} pour l’un, {b} pour l’autre",
    "salary.and": "\u00a0; ",
    "salary.not_comparable":
        "Ces salaires ne sont pas comparables pour {a} et {b}, {level}\u00a0: {why}.",
    "salary.not_comparable_levels":
        "Ces salaires ne sont pas comparables pour {a} et {b}\u00a0: niveaux d’expérience "
        "différents, {la} pour l’un, {lb} pour l’autre.",
    "results.not_stated_mark": "– non précisé dans les sources",

    # the group report (group/report.py and its views)
    "report.title": "Bilan du groupe",
    "report.participants": "Élèves\u00a0: {n}",
    "report.in_progress": "Quiz encore en cours\u00a0: {n}",
    "report.first_matches": "Métiers arrivés en tête",
    "report.ties.one": "Une égalité en tête compte pour chaque métier à égalité ({n} élève).",
    "report.ties.other":
        "Une égalité en tête compte pour chaque métier à égalité ({n} élèves).",
    "report.profile": "Intérêts moyens",
    "report.spread": "écart type",
    "report.range": "min-max",
    "report.people": "Élèves",
    "report.participant": "Élève",
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
    "report.unmatched": "Métiers jamais arrivés en tête",
    "report.more_roles.one":
        "… et {n}\u00a0autre métier (tous les métiers\u00a0: --format csv ou json).",
    "report.more_roles.other":
        "… et {n}\u00a0autres métiers (tous les métiers\u00a0: --format csv ou json).",
    "report.none": "aucun",
    "report.unclear": "Résultats sans préférence nette\u00a0: {n}",
    "report.content": "Contenu {id}",
    "report.other_content":
        "Résultats obtenus avec d’autres questions ou métiers que ceux de l’atelier\u00a0: "
        "présentés à part.",
    "report.skipped": "Fichiers ignorés\u00a0: {n}",
    "report.no_results": "Aucun résultat pour l’instant.",
    "report.unknown": "inconnu",
    "report.anon": "n°\u00a0{n}",
    "report.csv_groups":
        "ces résultats viennent de {n} jeux de questions et de métiers différents ({ids})\u00a0; "
        "un CSV n’en contient qu’un\u00a0: choisissez avec --content ID, ou rangez chaque groupe "
        "dans son propre dossier",

    # why a file was skipped
    "report.skip.unreadable": "illisible",
    "report.skip.empty": "vide (en cours d’écriture, ou coupé)",
    "report.skip.too-big": "trop gros pour être un résultat",
    "report.skip.not-json": "pas un fichier JSON",
    "report.skip.not-a-result": "pas un résultat rolequiz",
    "report.skip.damaged": "abîmé ou coupé",
    "report.skip.duplicate": "doublon de {first}",
    "report.skip.duplicate_anon": "doublon",

    # rolequiz report and rolequiz workshop (cli/workshop.py, cli/join.py)
    "report.written": "Bilan écrit dans {path}",
    "report.watching": "Ctrl-C pour arrêter. Mis à jour à {time}, surveillance de {folders}",
    "report.skipped_line": "{path} ignoré\u00a0: {reason}",
    "report.skipped_count.one": "{n} fichier ignoré (voir le bilan)",
    "report.skipped_count.other": "{n} fichiers ignorés (voir le bilan)",
    "report.watch_table":
        "--watch affiche un tableau en direct à l’écran\u00a0; retirez --format et --output",
    "workshop.ready":
        "L’atelier «\u00a0{title}\u00a0» est prêt dans {folder} (contenu {content}).",
    "workshop.unsent":
        "Ton résultat n’a pas pu être enregistré dans le dossier de l’atelier ({error}). Il "
        "est en sécurité sur cet ordinateur, dans {path}\u00a0; quand le dossier sera de "
        "nouveau accessible, envoie-le avec\u00a0: {command}",
    "workshop.unsent_lost":
        "Ton résultat n’a pu être enregistré ni dans le dossier de l’atelier ({error}) ni sur "
        "cet ordinateur ({error2})\u00a0: montre cet écran à ta conseillère ou ton conseiller.",
    "submit.sent": "Envoyé à l’atelier\u00a0: {path}",
    "submit.none": "Aucun résultat n’attend d’être envoyé à l’atelier {folder}.",
    "submit.bad": "Non envoyé, gardé dans {path}\u00a0: {error}",

    # each participant's trust mark, the figures' unclear results, the top 3, the times
    # and the handouts (group/report.py and its views)
    "report.result": "Résultat",
    "report.clear": "clair",
    "report.not_clear": "incertain ({why})",
    "report.doubt.few_answers": "peu de réponses",
    "report.doubt.no_preference": "pas de préférence nette",
    "report.doubt.unclear_interests": "intérêts peu nets",
    "report.doubt.near_tie": "quasi-égalité",
    "report.doubt.weak_fit": "adéquation faible",
    "report.doubt.no_answers": "aucune réponse",
    "report.firsts.one": "{n} métier arrivé en tête",
    "report.firsts.other": "{n} métiers arrivés en tête",
    "report.results.one": "{n} résultat",
    "report.results.other": "{n} résultats",
    "report.of_them_unclear.one": "dont {n} incertain",
    "report.of_them_unclear.other": "dont {n} incertains",
    "report.none_unclear": "dont aucun incertain",
    "report.figure_with_unclear": "{figure}, {unclear}.",
    "report.figure_clear_only": "{figure} (résultats clairs seulement).",
    "report.averages_with_unclear": "Moyennes sur {figure}, {unclear}.",
    "report.averages_clear_only": "Moyennes sur {figure} (résultats clairs seulement).",
    "report.left_out.one":
        "Seuls les résultats clairs sont comptés\u00a0: {n} résultat incertain est laissé hors "
        "des chiffres (il reste dans la liste des élèves).",
    "report.left_out.other":
        "Seuls les résultats clairs sont comptés\u00a0: {n} résultats incertains sont laissés "
        "hors des chiffres (ils restent dans la liste des élèves).",
    "report.top_three": "Les métiers dans le top 3 des élèves",
    "report.in_top_three": "Top 3",
    "report.unclear_column": "dont incertains",
    "report.top_three_ties":
        "Une égalité compte pour chaque métier à égalité, en tête comme à la 3e place.",
    "report.months_short": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "report.time": "{day} {month} {year} à {time} ({zone})",
    "report.handouts_title": "{title}\u00a0: une page par élève",
    "report.handout_clear": "Ce résultat est clair.",
    "report.handout_not_clear": "Ce résultat est incertain\u00a0: {why}.",
    "report.handouts_html":
        "--handouts écrit une page HTML à imprimer\u00a0: retirez --watch, et --format (ou "
        "donnez --format html)",
    "report.handouts_written.one": "Fiche de {n} élève écrite dans {path}",
    "report.handouts_written.other": "Fiches de {n} élèves écrites dans {path}",

    # rolequiz workshop (cli/workshop.py, cli/join.py)
    "workshop.saved":
        "Ton résultat est enregistré dans {path}\n"
        "Ton code\u00a0: {code} (note-le\u00a0: il permet de retrouver ton résultat sans ton nom)",
    "workshop.name_needs_workshop":
        "--name sert aux ateliers\u00a0: ajoute --workshop DOSSIER (le dossier du groupe)",

    # joining a workshop: the folder typed, its manifest, the content it pins; what
    # `workshop init` tells the counselor (group/manifest.py, cli/join.py, cli/workshop.py)
    "workshop.students_type":
        "Les élèves tapent (--name suivi d’un nom ou d’un pseudonyme est facultatif)\u00a0:",
    "workshop.short_form": "Version courte à écrire au tableau (depuis {cwd})\u00a0:",
    "workshop.report_with": "Bilan du groupe\u00a0:",
    "workshop.needs_title": "l’atelier a besoin d’un titre\u00a0: --title \"Classe 2B, mars\"",
    "workshop.already":
        "{folder} est déjà un dossier d’atelier ({manifest} existe)\u00a0; choisissez un "
        "nouveau dossier pour un nouveau groupe",
    "workshop.not_a_folder": "{folder} existe et n’est pas un dossier",
    "workshop.cannot_read": "impossible de lire {path}\u00a0: {reason}",
    "workshop.manifest_fix":
        "il faut le restaurer depuis une copie, ou préparer un nouveau dossier avec\u00a0: "
        "rolequiz workshop init",
    "workshop.manifest_not_json":
        "{path}\u00a0: ce n’est pas du JSON valide (abîmé\u00a0?)\u00a0; {fix}",
    "workshop.manifest_schema":
        "{path}\u00a0: ce n’est pas un manifeste d’atelier rolequiz (schéma "
        "{schema})\u00a0; {fix}",
    "workshop.manifest_incomplete": "{path}\u00a0: manifeste d’atelier incomplet\u00a0; {fix}",
    "workshop.manifest_not_a_file":
        "{path} n’est pas un fichier ordinaire (un tube, un périphérique\u00a0?)\u00a0; il n’a "
        "pas été ouvert",
    "workshop.manifest_too_big": "{path}\u00a0: trop gros pour être un manifeste d’atelier",
    "workshop.manifest_outside":
        "{path}\u00a0: le fichier de contenu {name} n’est pas dans le dossier",
    "workshop.content_changed":
        "{path} a été modifié après la préparation de l’atelier\u00a0; il faut le restaurer, "
        "ou préparer un nouveau dossier avec\u00a0: rolequiz workshop init",
    "workshop.not_pinned_questions":
        "{path} n’est pas le fichier de questions de l’atelier «\u00a0{title}\u00a0» "
        "({manifest})\u00a0; retire --questions pour utiliser la copie de l’atelier",
    "workshop.not_pinned_roles":
        "{path} n’est pas le fichier de métiers de l’atelier «\u00a0{title}\u00a0» "
        "({manifest})\u00a0; retire --roles pour utiliser la copie de l’atelier",
    "workshop.did_you_mean_student":
        "aucun atelier dans {folder} — voulais-tu dire {choices}\u00a0?",
    "workshop.did_you_mean_counselor":
        "aucun atelier dans {folder} — vouliez-vous dire {choices}\u00a0?",
    "workshop.choice": "{folder} ({title})",
    "workshop.or": " ou ",
    "workshop.no_workshop_student":
        "aucun atelier dans {folder} ({reason})\u00a0: vérifie le nom du dossier auprès de la "
        "personne qui anime l’atelier",
    "workshop.no_workshop_counselor":
        "aucun atelier dans {folder} ({reason})\u00a0: vérifiez son nom, ou préparez-le "
        "avec\u00a0: {command}",
    "workshop.reason_missing": "ce dossier n’existe pas",
    "workshop.reason_file": "c’est un fichier, pas un dossier",
    "workshop.reason_no_manifest": "il ne contient pas de {manifest}",
    "workshop.no_such_file": "{path}\u00a0: aucun fichier ou dossier de ce nom",
    "workshop.folder_gone":
        "le dossier de l’atelier {folder} n’est plus là (réseau, clé USB\u00a0?)\u00a0; ton "
        "résultat n’a pas été enregistré, et le dossier n’a pas été recréé",
    # sealed workshops: the counselor's key, its export, `workshop close`, and what a
    # student is told of their code (cli/keys.py, cli/close.py, cli/interactive.py)
    "seal.init_sealed":
        "Les résultats sont scellés\u00a0: seule la clé gardée sur cet ordinateur les ouvre "
        "(clé {key_id}, dans {path}). Pour les lire sur un autre ordinateur, exportez-la, "
        "verrouillée par une phrase secrète\u00a0:",
    "seal.init_open":
        "attention\u00a0: avec --open, chaque résultat est gardé en clair, et toute "
        "personne qui peut ouvrir le dossier peut lire le nom, les réponses et les intérêts "
        "de chaque élève",
    "seal.no_key":
        "les résultats de {folder} sont scellés pour la conseillère ou le conseiller qui a "
        "préparé «\u00a0{title}\u00a0» (atelier {id}, clé {key_id}), et cette clé n’est pas sur "
        "cet ordinateur\u00a0: faites le bilan sur l’ordinateur où l’atelier a été préparé, ou "
        "exportez la clé depuis celui-ci avec `rolequiz workshop key export DOSSIER --output "
        "FICHIER`, puis donnez-la ici avec --key FICHIER (ou gardez-la ici avec `rolequiz "
        "workshop key import FICHIER`)",
    "seal.manifest_key_changed":
        "la clé nommée dans {folder}/workshop.json ({key_id}) n’est pas celle de cet atelier "
        "({kept})\u00a0: les résultats enregistrés depuis ce changement ne s’ouvrent pas "
        "ici, et la personne qui l’a changée pourrait les lire",
    "seal.open_workshop":
        "{folder} est un atelier ouvert (préparé avec --open)\u00a0: il n’a pas de clé",
    "seal.export_inside":
        "écrivez la clé hors du dossier de l’atelier {folder}\u00a0: des élèves pourraient "
        "y essayer des phrases secrètes",
    "seal.exported":
        "La clé de «\u00a0{title}\u00a0» est écrite dans {path}, verrouillée par votre phrase "
        "secrète. Sur l’autre ordinateur\u00a0:\n  {report}\nou, pour l’y garder\u00a0:"
        "\n  {imported}",
    "seal.imported": "La clé de «\u00a0{title}\u00a0» est gardée sur cet ordinateur dans {path}",
    "seal.import_other":
        "cet ordinateur garde déjà une autre clé pour «\u00a0{title}\u00a0» ({path})\u00a0; "
        "elle n’a pas été touchée",
    "seal.key_unreadable": "impossible de lire la clé {path}\u00a0: {reason}",
    "seal.not_a_key":
        "{path} n’est pas une clé écrite par `rolequiz workshop key export` ({reason})",
    "seal.wrong_passphrase":
        "phrase secrète incorrecte pour la clé de «\u00a0{title}\u00a0» dans {path}",
    "seal.passphrase_prompt": "Phrase secrète\u00a0: ",
    "seal.passphrase_again": "La même phrase secrète, encore une fois\u00a0: ",
    "seal.passphrase_mismatch": "les deux phrases secrètes diffèrent\u00a0; rien n’a été écrit",
    "seal.passphrase_empty": "la phrase secrète est vide",
    "seal.passphrase_short": "choisissez une phrase secrète d’au moins {n}\u00a0caractères",
    "seal.passphrase_no_terminal":
        "pas de terminal où demander la phrase secrète\u00a0: donnez-la avec "
        "--passphrase-file FICHIER",
    "seal.passphrase_unreadable":
        "impossible de lire la phrase secrète dans {path}\u00a0: {reason}",
    "close.output_inside":
        "{path} est dans {folder}, dont cette commande efface les fichiers des élèves\u00a0: "
        "écrivez le bilan ailleurs",
    "close.format":
        "{path}\u00a0: indiquez le format par l’extension, parmi {formats}",
    "close.nothing": "Aucun résultat ni quiz en cours à effacer dans {folder}.",
    "close.confirm.one": "Effacer {n}\u00a0fichier de données d’élèves de {folder}\u00a0?",
    "close.confirm.other": "Effacer {n}\u00a0fichiers de données d’élèves de {folder}\u00a0?",
    "close.needs_yes":
        "clore l’atelier efface les résultats des élèves\u00a0: ajoutez --yes pour confirmer",
    "close.cancelled": "rien n’a été effacé",
    "close.deleted": "Fichiers effacés de {folder} ({results}, {progress})\u00a0:",
    "close.results.one": "{n}\u00a0résultat",
    "close.results.other": "{n}\u00a0résultats",
    "close.progress.one": "{n}\u00a0quiz en cours",
    "close.progress.other": "{n}\u00a0quiz en cours",
    "close.not_deleted": "impossible d’effacer {path}\u00a0: {reason}",
    "report.workshop_of": "Atelier du {date}",
    "report.age.one": "Atelier du {date}\u00a0; son plus ancien résultat remonte à {n}\u00a0jour",
    "report.age.other":
        "Atelier du {date}\u00a0; son plus ancien résultat remonte à {n}\u00a0jours",
    "workshop.resume_elsewhere":
        "Ton code est {code}\u00a0: sur un autre ordinateur, continue avec\u00a0: {command}",
    "progress.sealed_needs_code":
        "Un quiz commencé sur un autre ordinateur ne s’ouvre qu’avec son code\u00a0: reprends "
        "avec --name et ton code.",
    "report.folder_unreadable": "impossible de lire le dossier {path}\u00a0: {reason}",
    "report.no_such_content":
        "aucun résultat fait avec le contenu «\u00a0{content}\u00a0»\u00a0; contenus "
        "trouvés\u00a0: {known}",
    "report.live_counts":
        "Terminés\u00a0: {finished} · En cours\u00a0: {in_progress} · Sans préférence "
        "nette\u00a0: {unclear}",
    "report.live_more.one": "… et {n} autre\u00a0: {command}",
    "report.live_more.other": "… et {n} autres\u00a0: {command}",
    "report.live_cut": "… coupé pour tenir à l’écran\u00a0: {command}",

    # output formats and files (cli/choices.py, cli/emit.py)
    "format.unsupported":
        "{command} ne sait pas écrire --format {format}\u00a0; formats possibles\u00a0: {names}",
    "output.saved": "Enregistré dans {path}",

    # files that are not what they seem, outputs that cannot be written, saves cut off,
    # long work (cli/emit.py, cli/workshop.py, cli/clean.py, cli/live.py, cli/validate.py,
    # group/reader.py, group/manifest.py)
    "output.read_only":
        "{path} est en lecture seule\u00a0: il n’a pas été remplacé\u00a0; il faut écrire "
        "dans un autre fichier, ou le rendre modifiable d’abord",
    "report.output_inside":
        "{path} est dans {folder}, que le bilan lit (les résultats des élèves y sont "
        "enregistrés)\u00a0: écrivez le bilan ailleurs, ou ajoutez --force",
    "report.output_is_input":
        "{path} est l’un des fichiers que le bilan lit\u00a0: écrivez le bilan ailleurs, "
        "ou ajoutez --force",
    "report.waiting":
        "Ctrl-C pour arrêter. {folders} est injoignable depuis {time} (un partage réseau "
        "qui se reconnecte\u00a0?)\u00a0: en attente, le dernier bilan reste affiché",
    "report.leftovers.one":
        "{n} fichier laissé par un enregistrement interrompu (un résultat vide ou un fichier "
        "temporaire)\u00a0; pour récupérer les résultats complets et retirer le reste\u00a0: "
        "{command}",
    "report.leftovers.other":
        "{n} fichiers laissés par des enregistrements interrompus (résultats vides ou "
        "fichiers temporaires)\u00a0; pour récupérer les résultats complets et retirer le "
        "reste\u00a0: {command}",
    "clean.recovered": "{temp} récupéré sous le nom {path}",
    "clean.removed": "{path} retiré",
    "clean.locked": "{path} laissé tel quel\u00a0: scellé avec une clé qui n’est pas sur cet "
                    "ordinateur, il peut contenir un résultat entier",
    "clean.locked_hint": "Pour le récupérer, importez ici la clé de l’atelier (rolequiz workshop "
                         "key import FICHIER) et relancez cette commande.",
    "clean.nothing": "Rien à nettoyer dans {folder}.",
    "clean.failed": "impossible de nettoyer {path}\u00a0: {reason}",
    "workshop.holds_results.one":
        "{folder} contient déjà {n} résultat d’un groupe précédent (et pas de "
        "workshop.json)\u00a0: il compterait dans le bilan de cet atelier\u00a0; choisissez "
        "un dossier vide, ou ajoutez --force",
    "workshop.holds_results.other":
        "{folder} contient déjà {n} résultats d’un groupe précédent (et pas de "
        "workshop.json)\u00a0: ils compteraient dans le bilan de cet atelier\u00a0; "
        "choisissez un dossier vide, ou ajoutez --force",
    "workshop.content_not_plain":
        "{path} est un lien, ou n’est pas un simple dossier ou fichier\u00a0: le contenu de "
        "l’atelier serait copié là où il mène\u00a0; retirez-le, ou choisissez un autre "
        "dossier",
    "validate.progress.one": "Répondants simulés évalués\u00a0: {n}…",
    "validate.progress.other": "Répondants simulés évalués\u00a0: {n}…",

    # ce qui ne va pas dans un fichier de contenu, un fichier de réponses ou un résultat
    # enregistré, où, et que faire (content/load.py, content/answers.py, content/results.py) ;
    # un conseil qui dit quoi faire a deux formes : « key.tu » pour l’élève, « key.vous »
    # pour la conseillère ou le conseiller (i18n.tell). Dans un message, {what} est l’un des
    # mots « check.what. » ci-dessous, et {kind} l’un des « check.kind. ».
    "check.what.file": "le fichier",
    "check.what.questions_file": "le fichier de questions",
    "check.what.roles_file": "le fichier de métiers",
    "check.what.answers_file": "le fichier de réponses",
    "check.what.schema": "la valeur de «\u00a0schema\u00a0»",
    "check.what.title": "le titre",
    "check.what.instructions": "la consigne",
    "check.what.scale": "l’échelle",
    "check.what.scale_choice": "un choix de l’échelle",
    "check.what.scale_value": "la valeur d’un choix de l’échelle",
    "check.what.scale_label": "le libellé d’un choix de l’échelle",
    "check.what.dimensions": "la liste des dimensions",
    "check.what.dimension": "une dimension",
    "check.what.dimension_id": "l’identifiant de dimension",
    "check.what.dimension_name": "le nom de la dimension",
    "check.what.description": "la description",
    "check.what.questions": "la liste des questions",
    "check.what.question": "une question",
    "check.what.question_id": "l’identifiant de question",
    "check.what.question_text": "le texte de la question",
    "check.what.weights": "la rubrique «\u00a0weights\u00a0»",
    "check.what.weight": "le poids de «\u00a0{name}\u00a0»",
    "check.what.sources": "la liste des sources",
    "check.what.source": "une source",
    "check.what.source_id": "l’identifiant de source",
    "check.what.source_title": "le titre de la source",
    "check.what.source_file": "le fichier de la source",
    "check.what.source_url": "l’adresse de la source",
    "check.what.source_author": "le champ «\u00a0author\u00a0» de la source",
    "check.what.source_site": "le site de la source",
    "check.what.source_note": "la note de la source",
    "check.what.source_date": "la date de la source",
    "check.what.source_lang": "la langue de la source",
    "check.what.source_ref": "la source",
    "check.what.roles": "la liste des métiers",
    "check.what.role": "un métier",
    "check.what.role_id": "l’identifiant de métier",
    "check.what.role_name": "le nom du métier",
    "check.what.summary": "le résumé",
    "check.what.list": "la liste «\u00a0{name}\u00a0»",
    "check.what.entry": "une entrée de «\u00a0{name}\u00a0»",
    "check.what.quote": "la citation",
    "check.what.quotes": "la liste «\u00a0quotes\u00a0»",
    "check.what.facts": "la rubrique «\u00a0facts\u00a0»",
    "check.what.fact": "le fait «\u00a0{name}\u00a0»",
    "check.what.fact_value": "la valeur du fait «\u00a0{name}\u00a0»",
    "check.what.figures": "la liste «\u00a0figures\u00a0»",
    "check.what.salary_figure": "un chiffre de salaire",
    "check.what.level": "le niveau",
    "check.what.basis": "la base (brut ou net)",
    "check.what.period": "la période",
    "check.what.currency": "la devise",
    "check.what.amount": "le montant «\u00a0{name}\u00a0»",
    "check.what.place": "le lieu",
    "check.what.note": "la note",
    "check.what.profile": "le profil",
    "check.what.profile_value": "la valeur de «\u00a0{name}\u00a0» dans le profil",
    "check.what.profile_basis": "la rubrique «\u00a0profile_basis\u00a0»",
    "check.what.basis_of": "la justification de «\u00a0{name}\u00a0»",
    "check.what.basis_entry": "une entrée de la justification de «\u00a0{name}\u00a0»",
    "check.what.judgement": "l’appréciation",
    "check.what.advice": "la liste des conseils",
    "check.what.glossary": "le glossaire",
    "check.what.glossary_entry": "une entrée du glossaire",
    "check.what.glossary_term": "le terme du glossaire",
    "check.what.definition": "la définition",
    "check.what.words": "la liste «\u00a0words\u00a0»",
    "check.what.word": "une forme du terme",
    "check.what.sic": "la liste «\u00a0sic\u00a0»",
    "check.what.sic_entry": "une entrée de «\u00a0sic\u00a0»",
    "check.what.answers": "la rubrique «\u00a0answers\u00a0»",
    "check.what.answer": "la réponse à «\u00a0{name}\u00a0»",
    "check.kind.bool": "une valeur vrai/faux",
    "check.kind.number": "un nombre",
    "check.kind.null": "une valeur vide",
    "check.kind.timestamp": "une date",
    "check.kind.seq": "une liste",
    "check.kind.map": "des lignes «\u00a0clé\u00a0: valeur\u00a0»",
    "check.kind.str": "du texte",
    "check.not_mapping":
        "{what} doit contenir des lignes «\u00a0clé\u00a0: valeur\u00a0», pas {kind}",
    "check.key_not_text": "dans {what}, une clé est {kind}",
    "check.key_not_text_hint": "une clé est un simple mot",
    "check.duplicate_key":
        "la clé «\u00a0{name}\u00a0» figure deux fois (la première à la ligne {first})",
    "check.duplicate_key_hint.tu":
        "gardes-en une seule\u00a0: YAML ignorerait la première sans rien dire",
    "check.duplicate_key_hint.vous":
        "gardez-en une seule\u00a0: YAML ignorerait la première sans rien dire",
    "check.unknown_key": "clé inconnue dans {what}\u00a0: «\u00a0{name}\u00a0»",
    "check.allowed_keys": "clés possibles\u00a0: {keys}",
    "check.missing_key": "{what} n’a pas de «\u00a0{name}\u00a0»",
    "check.add_line.tu": "ajoute «\u00a0{line}\u00a0»",
    "check.add_line.vous": "ajoutez «\u00a0{line}\u00a0»",
    "check.not_list":
        "{what} doit être une liste (des lignes qui commencent par «\u00a0-\u00a0»), pas {kind}",
    "check.empty": "{what} est vide",
    "check.write_text.tu": "écris le texte",
    "check.write_text.vous": "écrivez le texte",
    "check.write_or_remove.tu": "écris le texte, ou supprime la ligne",
    "check.write_or_remove.vous": "écrivez le texte, ou supprimez la ligne",
    "check.write_languages.tu": "écris le texte, par exemple {example}",
    "check.write_languages.vous": "écrivez le texte, par exemple {example}",
    "check.read_as": "YAML lit {what} comme {kind} («\u00a0{value}\u00a0»), pas comme du texte",
    "check.quote_it.tu": "mets la valeur entre guillemets\u00a0: \"{value}\"",
    "check.quote_it.vous": "mettez la valeur entre guillemets\u00a0: \"{value}\"",
    "check.must_be_text": "{what} doit être du texte, pas {kind}",
    "check.read_by_yaml": "YAML lit {what}, «\u00a0{raw}\u00a0», comme {value}",
    "check.plain_decimal.tu":
        "écris un nombre décimal ordinaire, avec un point (par exemple 10 ou 0.5)",
    "check.plain_decimal.vous":
        "écrivez un nombre décimal ordinaire, avec un point (par exemple 10 ou 0.5)",
    "check.plain_whole.tu": "écris un nombre entier ordinaire",
    "check.plain_whole.vous": "écrivez un nombre entier ordinaire",
    "check.out_of_range": "{what} ({value}) dépasse les limites",
    "check.long_number": "{start}… ({count} chiffres)",
    "check.few_digits.tu": "écris un nombre de quelques chiffres (par exemple 0.5, avec un point)",
    "check.few_digits.vous":
        "écrivez un nombre de quelques chiffres (par exemple 0.5, avec un point)",
    "check.scale_range":
        "les valeurs de l’échelle et les réponses sont des nombres entiers de -{max} à {max}",
    "check.not_finite": "{what} doit être un nombre fini, pas «\u00a0{raw}\u00a0»",
    "check.not_number_value": "{what} doit être un nombre, pas {kind} («\u00a0{value}\u00a0»)",
    "check.not_number": "{what} doit être un nombre, pas {kind}",
    "check.not_whole_decimal": "{what} doit être un nombre entier, pas «\u00a0{raw}\u00a0»",
    "check.not_whole_value":
        "{what} doit être un nombre entier, pas {kind} («\u00a0{value}\u00a0»)",
    "check.not_whole": "{what} doit être un nombre entier, pas {kind}",
    "check.bad_id":
        "{what} «\u00a0{value}\u00a0» ne peut contenir que des lettres a-z, des chiffres 0-9 et "
        "des "
        "tirets isolés",
    "check.for_example": "par exemple «\u00a0{suggestion}\u00a0»",
    "check.not_language": "dans {what}, «\u00a0{code}\u00a0» n’est pas un code de langue",
    "check.language_code.tu": "utilise un code comme fr ou en",
    "check.language_code.vous": "utilisez un code comme fr ou en",
    "check.missing_translation": "traduction manquante\u00a0: {langs}",
    "check.missing_translation_hint.tu":
        "ce fichier emploie les codes de langue {used}\u00a0; ajoute le texte qui manque",
    "check.missing_translation_hint.vous":
        "ce fichier emploie les codes de langue {used}\u00a0; ajoutez le texte qui manque",
    "check.file_kind.questions": "un fichier de questions",
    "check.file_kind.roles": "un fichier de métiers",
    "check.file_kind.answers": "un fichier de réponses",
    "check.file_kind.result": "un résultat enregistré",
    "check.other_kind": "c’est {kind} ({schema}), pas {wanted}",
    "check.give_with.tu": "donne-le avec {option}",
    "check.give_with.vous": "donnez-le avec {option}",
    "check.give_with_swapped.tu":
        "donne-le avec {option} (les deux options auraient-elles été inversées\u00a0?)",
    "check.give_with_swapped.vous":
        "donnez-le avec {option} (les deux options auraient-elles été inversées\u00a0?)",
    "check.schema_mismatch":
        "le schéma est «\u00a0{value}\u00a0» au lieu de «\u00a0{expected}\u00a0»",
    "check.right_file": "est-ce le bon fichier\u00a0?",
    "check.file_empty": "le fichier est vide",
    "check.file_holds_nothing": "le fichier ne contient rien (des accolades vides)",
    "check.write_questions.tu": "écris les questions",
    "check.write_questions.vous": "écrivez les questions",
    "check.write_roles.tu": "décris les métiers",
    "check.write_roles.vous": "décrivez les métiers",
    "check.write_answers.tu": "écris tes réponses",
    "check.write_answers.vous": "écrivez les réponses",
    "check.duplicate_id": "{what} «\u00a0{value}\u00a0» est déjà pris à la ligne {first}",
    "check.ids_differ": "chaque identifiant doit être unique",
    "check.one_dimension.tu": "indique au moins une dimension",
    "check.one_dimension.vous": "indiquez au moins une dimension",
    "check.one_question.tu": "écris au moins une question",
    "check.one_question.vous": "écrivez au moins une question",
    "check.one_role.tu": "décris au moins un métier",
    "check.one_role.vous": "décrivez au moins un métier",
    "check.dimension_unused": "la dimension «\u00a0{id}\u00a0» n’a aucune question",
    "check.dimension_unused_hint.tu":
        "donne-lui un poids dans au moins une question, ou supprime-la",
    "check.dimension_unused_hint.vous":
        "donnez-lui un poids dans au moins une question, ou supprimez-la",
    "check.scale_size.one": "l’échelle a {n} choix",
    "check.scale_size.other": "l’échelle a {n} choix",
    "check.scale_size_hint.tu": "prévois de 2 à 11 choix",
    "check.scale_size_hint.vous": "prévoyez de 2 à 11 choix",
    "check.not_increasing":
        "la valeur {value} de l’échelle n’est pas plus grande que la précédente ({previous})",
    "check.not_increasing_hint.tu": "range les valeurs par ordre croissant, la plus petite d’abord",
    "check.not_increasing_hint.vous":
        "rangez les valeurs par ordre croissant, la plus petite d’abord",
    "check.weights_empty_hint.tu": "donne un poids à au moins une dimension, par exemple {example}",
    "check.weights_empty_hint.vous":
        "donnez un poids à au moins une dimension, par exemple {example}",
    "check.weight_unknown_dimension":
        "poids donné à une dimension inconnue\u00a0: «\u00a0{dim}\u00a0»",
    "check.weight_zero": "le poids de «\u00a0{dim}\u00a0» vaut 0",
    "check.weight_zero_hint.tu": "supprime-le, ou donne-lui une valeur de -1 à 1",
    "check.weight_zero_hint.vous": "supprimez-le, ou donnez-lui une valeur de -1 à 1",
    "check.weight_tiny":
        "le poids de «\u00a0{dim}\u00a0» vaut {value}\u00a0: trop peu pour compter",
    "check.weight_tiny_hint.tu":
        "supprime-le, ou donne-lui une valeur de {min} à 1 (ou de -1 à -{min})",
    "check.weight_tiny_hint.vous":
        "supprimez-le, ou donnez-lui une valeur de {min} à 1 (ou de -1 à -{min})",
    "check.weight_range":
        "le poids de «\u00a0{dim}\u00a0» vaut {value}, hors de l’intervalle [-1\u00a0; 1]",
    "check.weight_range_hint.tu": "choisis une valeur de -1 à 1",
    "check.weight_range_hint.vous": "choisissez une valeur de -1 à 1",
    "check.not_web_address":
        "l’adresse de la source, «\u00a0{url}\u00a0», n’est pas une adresse web",
    "check.start_https.tu": "commence-la par https://",
    "check.start_https.vous": "commencez-la par https://",
    "check.source_nowhere": "une source n’a ni «\u00a0file\u00a0» ni «\u00a0url\u00a0»",
    "check.source_nowhere_hint.tu": "indique d’où vient l’information",
    "check.source_nowhere_hint.vous": "indiquez d’où vient l’information",
    "check.source_lang":
        "la langue de la source, «\u00a0{code}\u00a0», n’est pas un code de langue",
    "check.source_lang_hint.tu": "écris la langue de l’article en deux lettres\u00a0: fr, en",
    "check.source_lang_hint.vous": "écrivez la langue de l’article en deux lettres\u00a0: fr, en",
    "check.not_date": "la date de la source, «\u00a0{value}\u00a0», n’est pas une date",
    "check.not_date_hint.tu":
        "écris-la 2025-03-20, 2025-03 ou 2025, ou «\u00a0undated\u00a0» si l’article n’en donne "
        "pas",
    "check.not_date_hint.vous":
        "écrivez-la 2025-03-20, 2025-03 ou 2025, ou «\u00a0undated\u00a0» si l’article n’en "
        "donne pas",
    "check.copy_quote.tu": "recopie les mots de la source, ou supprime la ligne",
    "check.copy_quote.vous": "recopiez les mots de la source, ou supprimez la ligne",
    "check.quote_without_source": "{what} a une citation, mais pas de «\u00a0source\u00a0»",
    "check.quote_without_source_hint.tu":
        "ajoute «\u00a0{line}\u00a0» (l’identifiant de l’article d’où elle vient)",
    "check.quote_without_source_hint.vous":
        "ajoutez «\u00a0{line}\u00a0» (l’identifiant de l’article d’où elle vient)",
    "check.one_figure.tu": "donne au moins un chiffre",
    "check.one_figure.vous": "donnez au moins un chiffre",
    "check.not_one_of":
        "{what} «\u00a0{value}\u00a0» ne fait pas partie des valeurs possibles ({allowed})",
    "check.not_amount": "{what} doit être un montant entier, 0 ou plus, pas {value}",
    "check.amount_in_full.tu": "écris le montant en entier\u00a0: 45000, pas 45k",
    "check.amount_in_full.vous": "écrivez le montant en entier\u00a0: 45000, pas 45k",
    "check.not_currency": "la devise «\u00a0{currency}\u00a0» n’est pas un code de devise",
    "check.not_currency_hint.tu": "écris son code en trois lettres\u00a0: EUR, USD…",
    "check.not_currency_hint.vous": "écrivez son code en trois lettres\u00a0: EUR, USD…",
    "check.figure_no_amount": "un chiffre de salaire n’a pas de montant",
    "check.figure_no_amount_hint.tu":
        "indique «\u00a0low\u00a0» et «\u00a0high\u00a0», ou «\u00a0average\u00a0»",
    "check.figure_no_amount_hint.vous":
        "indiquez «\u00a0low\u00a0» et «\u00a0high\u00a0», ou «\u00a0average\u00a0»",
    "check.average_and_range":
        "un chiffre de salaire donne à la fois une moyenne et une fourchette",
    "check.average_and_range_hint.tu": "fais un chiffre pour chacune",
    "check.average_and_range_hint.vous": "faites un chiffre pour chacune",
    "check.low_above_high": "«\u00a0low\u00a0» ({low}) dépasse «\u00a0high\u00a0» ({high})",
    "check.swap_them.tu": "inverse-les",
    "check.swap_them.vous": "inversez-les",
    "check.basis_unknown_dimension":
        "«\u00a0profile_basis\u00a0» nomme une dimension inconnue\u00a0: «\u00a0{dim}\u00a0»",
    "check.basis_empty_hint.tu": "donne des citations, ou l’appréciation qui la fonde",
    "check.basis_empty_hint.vous": "donnez des citations, ou l’appréciation qui la fonde",
    "check.unknown_source": "source inconnue\u00a0: «\u00a0{ref}\u00a0»",
    "check.list_source.tu": "ajoute-la à la liste «\u00a0sources\u00a0»",
    "check.list_source.vous": "ajoutez-la à la liste «\u00a0sources\u00a0»",
    "check.profile_unknown_dimension":
        "le profil nomme une dimension inconnue\u00a0: «\u00a0{dim}\u00a0»",
    "check.profile_range":
        "dans le profil, «\u00a0{dim}\u00a0» vaut {value}, hors de l’intervalle [0\u00a0; 1]",
    "check.profile_range_hint.tu": "choisis une valeur de 0 à 1",
    "check.profile_range_hint.vous": "choisissez une valeur de 0 à 1",
    "check.profile_tiny":
        "dans le profil, «\u00a0{dim}\u00a0» vaut {value}\u00a0: trop peu pour compter",
    "check.profile_tiny_hint.tu": "mets 0, ou une valeur de {min} à 1",
    "check.profile_tiny_hint.vous": "mettez 0, ou une valeur de {min} à 1",
    "check.profile_zero": "le profil ne contient que des zéros",
    "check.profile_zero_hint.tu": "donne à au moins une dimension une valeur supérieure à 0",
    "check.profile_zero_hint.vous": "donnez à au moins une dimension une valeur supérieure à 0",
    # un résultat enregistré, relu (content/results.py)
    "check.result_hint": "est-ce bien un résultat enregistré par rolequiz\u00a0?",
    "check.result_save_again.tu":
        "enregistre de nouveau le résultat avec rolequiz quiz --save FICHIER",
    "check.result_save_again.vous":
        "enregistrez de nouveau le résultat avec rolequiz quiz --save FICHIER",
    "check.result_not_object": "ce n’est pas un résultat de rolequiz (il faudrait un objet JSON)",
    "check.result_schema": "le schéma est {value} au lieu de «\u00a0{expected}\u00a0»",
    "check.no_schema": "pas de schéma, alors que «\u00a0{expected}\u00a0» est attendu",
    "check.result_field": "«\u00a0{field}\u00a0» manque, ou n’a pas le bon type",
    "check.result_number": "«\u00a0{field}\u00a0» doit être un nombre ou null",
    "check.result_object": "«\u00a0{field}\u00a0» doit être un objet",
    "check.result_answers":
        "«\u00a0answers\u00a0» doit associer à chaque identifiant de question un nombre entier",
    "check.scores_invalid_json":
        "ce n’est pas un résultat enregistré (JSON invalide\u00a0: {message})",
    "check.scores_save_one.tu":
        "enregistres-en un avec\u00a0: rolequiz quiz --answers FICHIER --format json > "
        "mon-resultat.json",
    "check.scores_save_one.vous":
        "enregistrez-en un avec\u00a0: rolequiz quiz --answers FICHIER --format json > "
        "mon-resultat.json",
    "check.scores_is_result": "est-ce bien un résultat enregistré\u00a0?",
    "check.scores_not_object": "ce n’est pas un résultat enregistré (il faudrait un objet JSON)",
    "check.scores_schema": "le schéma est {value} au lieu de «\u00a0{expected}\u00a0»",
    "check.scores_no_matches": "«\u00a0matches\u00a0» manque, ou n’est pas une liste",
    "check.scores_damaged": "le fichier semble abîmé",
    "check.scores_match_not_object": "l’entrée {i} de «\u00a0matches\u00a0» n’est pas un objet",
    "check.scores_no_role": "l’entrée {i} de «\u00a0matches\u00a0» n’a pas d’identifiant de métier",
    "check.scores_score":
        "l’entrée {i} de «\u00a0matches\u00a0» ({role})\u00a0: le score doit être un nombre de 0 "
        "à 100",
    "check.scores_rank":
        "l’entrée {i} de «\u00a0matches\u00a0» ({role})\u00a0: le rang doit être un nombre "
        "entier, 1 ou plus",
    "check.scores_twice": "le métier «\u00a0{role}\u00a0» figure deux fois",
    # les conseils de la lecture d’un fichier, à l’élève (.tu) et au conseiller (.vous)
    "file.not_found_hint.tu": "vérifie le chemin",
    "file.not_found_hint.vous": "vérifiez le chemin",
    "file.is_folder_hint.tu": "indique le chemin d’un fichier",
    "file.is_folder_hint.vous": "indiquez le chemin d’un fichier",
    "file.permission_hint.tu": "vérifie les droits d’accès du fichier",
    "file.permission_hint.vous": "vérifiez les droits d’accès du fichier",
    "file.not_unicode_hint.tu": "enregistre le fichier en UTF-8",
    "file.not_unicode_hint.vous": "enregistrez le fichier en UTF-8",
    "file.did_you_mean.tu": "voulais-tu dire «\u00a0{value}\u00a0»\u00a0?",
    "file.did_you_mean.vous": "vouliez-vous dire «\u00a0{value}\u00a0»\u00a0?",
    "yaml.control_hint.tu":
        "retire-le, ou écris-le en séquence d’échappement entre guillemets droits (\"\\x1f\")",
    "yaml.control_hint.vous":
        "retirez-le, ou écrivez-le en séquence d’échappement entre guillemets droits "
        "(\"\\x1f\")",
    "yaml.alias_hint.tu": "écris la valeur en entier au lieu de renvoyer à une ancre",
    "yaml.alias_hint.vous": "écrivez la valeur en entier au lieu de renvoyer à une ancre",
    "yaml.tag_hint.tu":
        "retire l’étiquette\u00a0; un fichier de contenu ne contient que du texte, des nombres, "
        "des listes et des tables clé-valeur",
    "yaml.tag_hint.vous":
        "retirez l’étiquette\u00a0; un fichier de contenu ne contient que du texte, des nombres, "
        "des listes et des tables clé-valeur",
    "yaml.too_deep_hint.tu":
        "quelques niveaux suffisent à un fichier de contenu\u00a0; vérifie l’indentation et les "
        "crochets",
    "yaml.too_deep_hint.vous":
        "quelques niveaux suffisent à un fichier de contenu\u00a0; vérifiez l’indentation et les "
        "crochets",
    "yaml.two_documents_hint.tu": "n’en garde qu’un",
    "yaml.two_documents_hint.vous": "n’en gardez qu’un",
    "yaml.tab_hint.tu": "indente avec des espaces",
    "yaml.tab_hint.vous": "indentez avec des espaces",
    "yaml.invalid_hint.tu": "vérifie l’indentation et les guillemets",
    "yaml.invalid_hint.vous": "vérifiez l’indentation et les guillemets",
    "answers.result_without_answers_hint.tu":
        "donne le fichier de réponses du quiz, ou un résultat enregistré par rolequiz quiz "
        "--save",
    "answers.result_without_answers_hint.vous":
        "donnez le fichier de réponses du quiz, ou un résultat enregistré par rolequiz quiz "
        "--save",
    # les mots de PyYAML sur un fichier qu’il ne peut pas lire, et ceux de JSON
    # (content/yamlsafe.py, content/reading.py)
    "yaml.says.mapping_values":
        "deux-points inattendu ici (un texte qui contient «\u00a0:\u00a0» doit être entre "
        "guillemets)",
    "yaml.says.mapping_keys": "une clé «\u00a0?\u00a0» n’a pas sa place ici",
    "yaml.says.block_entries": "un tiret de liste «\u00a0-\u00a0» n’a pas sa place ici",
    "yaml.says.no_colon": "il manque le deux-points qui suit une clé",
    "yaml.says.cannot_start": "un élément YAML ne peut pas commencer par le caractère {char}",
    "yaml.says.block_end": "le bloc devrait se terminer ici, mais il y a {found}",
    "yaml.says.flow_sequence":
        "une virgule ou «\u00a0]\u00a0» devrait venir ici, mais il y a {found}",
    "yaml.says.flow_mapping":
        "une virgule ou «\u00a0}}\u00a0» devrait venir ici, mais il y a {found}",
    "yaml.says.node_content": "une valeur devrait venir ici, mais il y a {found}",
    "yaml.says.document_start": "le document devrait commencer ici, mais il y a {found}",
    "yaml.says.alphanumeric": "une lettre ou un chiffre devrait venir ici, mais il y a {found}",
    "yaml.says.line_break":
        "seul un commentaire peut suivre sur la même ligne, mais il y a {found}",
    "yaml.says.undefined_alias": "l’alias {name} ne renvoie à aucune ancre",
    "yaml.says.end_of_stream": "le fichier s’arrête avant la fin",
    "yaml.says.document_separator": "un séparateur de documents «\u00a0---\u00a0» coupe le texte",
    "yaml.says.unknown_escape": "séquence d’échappement inconnue\u00a0: une barre oblique inverse "
                                "suivie de {char}",
    "yaml.says.hex_escape":
        "la séquence d’échappement demande {n} chiffres hexadécimaux, mais il y a {found}",
    "yaml.says.duplicate_anchor": "l’ancre {name} est définie deux fois",
    "yaml.says.in.simple_key": "dans une clé",
    "yaml.says.in.quoted": "dans un texte entre guillemets",
    "yaml.says.in.double_quoted": "dans un texte entre guillemets droits doubles",
    "yaml.says.in.block_scalar": "dans un bloc de texte introduit par | ou >",
    "yaml.says.in.directive": "dans une directive",
    "yaml.says.in.anchor": "dans une ancre",
    "yaml.says.in.alias": "dans un alias",
    "yaml.says.in.tag": "dans une étiquette",
    "yaml.says.in.block_mapping": "dans une suite de lignes «\u00a0clé\u00a0: valeur\u00a0»",
    "yaml.says.in.block_collection":
        "dans une liste ou une suite de lignes «\u00a0clé\u00a0: valeur\u00a0»",
    "yaml.says.in.flow_sequence": "dans une liste entre crochets",
    "yaml.says.in.flow_mapping": "dans une table entre accolades",
    "yaml.says.in.block_node": "dans une valeur",
    "yaml.says.in.flow_node": "dans une valeur",
    "yaml.says.in.node": "dans une valeur",
    "yaml.says.token.scalar": "une valeur",
    "yaml.says.token.mapping_start":
        "le début d’une suite de lignes «\u00a0clé\u00a0: valeur\u00a0»",
    "yaml.says.token.sequence_start": "le début d’une liste",
    "yaml.says.token.block_end": "la fin d’un bloc",
    "yaml.says.token.sign": "«\u00a0{sign}\u00a0»",
    "yaml.says.token.anchor": "une ancre",
    "yaml.says.token.alias": "un alias",
    "yaml.says.token.tag": "une étiquette",
    "yaml.says.token.document_start": "un début de document «\u00a0---\u00a0»",
    "yaml.says.token.document_end": "une fin de document «\u00a0...\u00a0»",
    "yaml.says.token.stream_end": "la fin du fichier",
    "json.says.value": "une valeur manque",
    "json.says.property_name":
        "il faudrait ici un nom de propriété entre guillemets droits doubles",
    "json.says.comma": "il manque une virgule",
    "json.says.colon": "il manque un deux-points",
    "json.says.unterminated": "un texte n’a pas de guillemet fermant",
    "json.says.control": "caractère de contrôle interdit",
    "json.says.escape": "séquence d’échappement invalide",
    "json.says.u_escape": "séquence d’échappement \\uXXXX invalide",
    "json.says.extra_data": "du texte suit la fin des données",
    "json.says.trailing_comma": "virgule en trop avant la fin {container}",
    "json.says.object": "de l’objet",
    "json.says.array": "du tableau",
    # la typographie française des fichiers de contenu, que « rolequiz validate » signale
    # (content/typography.py, i18n/typography.py)
    "typography.warning":
        "avertissement\u00a0: dans un texte en français, {message} («\u00a0{excerpt}\u00a0»)",
    "typography.space_before": "espace ordinaire avant «\u00a0{char}\u00a0»",
    "typography.no_space_before": "pas d’espace avant «\u00a0{char}\u00a0»",
    "typography.after_open_quote": "pas d’espace insécable après le guillemet ouvrant",
    "typography.before_close_quote": "pas d’espace insécable avant le guillemet fermant",
    "typography.in_number": "espace ordinaire à l’intérieur d’un nombre",
    "typography.before_unit": "espace ordinaire entre un nombre et son unité",
    "typography.after_numero": "espace ordinaire après «\u00a0n°\u00a0»",
    "typography.use_nbsp": "remplacez-la par une espace insécable (U+00A0)",
    "typography.put_nbsp": "ajoutez une espace insécable (U+00A0) avant",
    "typography.quotes_nbsp": "écrivez «\u00a0texte\u00a0» avec des espaces insécables (U+00A0)",
    "typography.group_digits":
        "séparez les groupes de chiffres par une espace insécable (U+00A0)",
    "typography.apostrophe": "apostrophe droite",
    "typography.curly_apostrophe": "écrivez l’apostrophe typographique ’",
    "typography.median": "point médian",
    "typography.both_forms":
        "écrivez les deux formes («\u00a0ingénieure ou ingénieur\u00a0») ou un mot qui "
        "vaut pour les deux",
    "validate.no_errors.one": "OK\u00a0: aucune erreur, {n} avertissement",
    "validate.no_errors.other": "OK\u00a0: aucune erreur, {n} avertissements",

    # rolequiz validate : le résumé du contenu, les répondants simulés, les réponses d’élèves
    # (cli/validate.py, views/validity.py) ; vous pour le conseiller
    "validate.summary_questions":
        "{path}\u00a0: {dimensions}, {questions}, échelle de {low} à {high}",
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
    "validate.ok_mark": "ok",
    "validate.below": "SOUS L’OBJECTIF",
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
        "répondant bruité par métier (chaque réponse décalée d’un cran avec une probabilité de "
        "{p}).",
    "validate.ideal_intro.other":
        "Répondants idéaux et bruités\u00a0: le répondant idéal de chaque métier, puis {n} "
        "répondants bruités par métier (chaque réponse décalée d’un cran avec une probabilité "
        "de {p}).",
    "validate.ideal_only":
        "Répondants idéaux\u00a0: le répondant idéal de chaque métier, sans répondants bruités.",
    "validate.ideal_targets":
        "Objectifs\u00a0: le répondant idéal de chaque métier classe ce métier premier, avec au "
        "moins {margin} points d’avance\u00a0; les répondants bruités le classent premier dans au "
        "moins {top1} des cas, et parmi les 3 premiers dans au moins {top3}.",
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
        "{n} répondant au hasard sur toute l’échelle ({low} à {high})",
    "validate.random_group.other":
        "{n} répondants au hasard sur toute l’échelle ({low} à {high})",
    "validate.shrugging_group.one":
        "{n} répondant mitigé (au hasard, de {low} à {high} seulement)",
    "validate.shrugging_group.other":
        "{n} répondants mitigés (au hasard, de {low} à {high} seulement)",
    "validate.no_shrugging":
        "Pas de répondants mitigés\u00a0: l’échelle ({low} à {high}) n’a aucune valeur entre ses "
        "extrémités.",
    "validate.undecided_targets":
        "Objectifs\u00a0: un résultat net pour au plus {clear} d’entre eux\u00a0; aucun métier "
        "premier pour plus de {magnet}.",
    "validate.col_group": "répondants",
    "validate.col_magnet": "le plus souvent premier",
    "validate.group_random": "au hasard",
    "validate.group_shrugging": "mitigés",
    "validate.magnet": "{role} ({share})",
    "validate.realistic_intro":
        "Répondants réalistes\u00a0: {n} par métier, dont les intérêts sont les besoins du métier "
        "avec une dispersion de {spread} sur chaque dimension, et dont les réponses suivent leurs "
        "intérêts avec une dispersion de {noise} (en crans d’échelle).",
    "validate.realistic_sample":
        "Seuls {n} des {total} métiers, tirés au hasard avec la graine, en ont.",
    "validate.realistic_targets":
        "Objectifs, sur l’ensemble\u00a0: leur métier classé premier, seul, pour au moins {top1}, "
        "parmi les 3 premiers pour au moins {top3}, et un résultat net pour au moins {clear}.",
    "validate.realistic_all": "tous les métiers",
    "validate.realistic_weak": "* sous les objectifs\u00a0: les métiers à retravailler d’abord.",
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
    "validate.results_title": "Réponses d’élèves dans {folder}\u00a0: {students}.",
    "validate.students.one": "{n} élève",
    "validate.students.other": "{n} élèves",
    "validate.results_other_content.one":
        "{n} résultat fait avec d’autres questions est laissé de côté.",
    "validate.results_other_content.other":
        "{n} résultats faits avec d’autres questions sont laissés de côté.",
    "validate.results_no_answers.one": "{n} résultat sans ses réponses est laissé de côté.",
    "validate.results_no_answers.other":
        "{n} résultats sans leurs réponses sont laissés de côté.",
    "validate.results_files_skipped.one":
        "{n} fichier ignoré (pas un résultat, abîmé, ou en double).",
    "validate.results_files_skipped.other":
        "{n} fichiers ignorés (pas des résultats, abîmés, ou en double).",
    "validate.results_too_few":
        "Trop peu pour conclure\u00a0: il faut au moins {n} élèves\u00a0; rien n’est jugé.",
    "validate.results_targets":
        "Objectifs\u00a0: chaque question est corrélée à au moins {r} avec les autres questions de "
        "sa dimension (corrélation item-total corrigée)\u00a0; l’alpha de Cronbach de chaque "
        "dimension est d’au moins {alpha}.",
    "validate.col_dimension": "dimension",
    "validate.col_questions": "questions",
    "validate.col_students": "élèves",
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
    "validate.part_results": "réponses d’élèves",
    # the results browser (cli/browse.py, views/terminal/summary.py)
    "browse.code": "Ton code\u00a0: ",
    "browse.code_why": "(note-le\u00a0: il permet de retrouver ton résultat sans ton nom)",
    "browse.keys_summary":
        "{cards} fiche métier · c comparer les 3 premiers · r tous les métiers · i intérêts · s "
        "enregistrer · q quitter",
    "browse.keys_saved":
        "{cards} fiche métier · c comparer les 3 premiers · r tous les métiers · i intérêts · q "
        "quitter",
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
    "browse.not_saved": "Impossible d’enregistrer\u00a0: {error}",
    "browse.again": "Pour revoir ce résultat\u00a0:",
    "browse.doubt":
        "Lis ces scores avec prudence ({why})\u00a0: le premier écran explique pourquoi.",
    "browse.no_card": "Pas de fiche pour ce métier dans ces fichiers de métiers.",
    "save.to": "impossible d’enregistrer {what} dans {path}\u00a0: {reason}",
    "save.in": "impossible d’enregistrer {what} dans le dossier {path}\u00a0: {reason}",
    "save.folder": "impossible de créer le dossier {path}\u00a0: {reason}",
    "save.no_name": "aucun nom de fichier libre dans {path} pour enregistrer {what}",
    "save.unreadable_there":
        "impossible d’enregistrer {what} dans {path}, car le fichier qui s’y trouve est "
        "illisible ({reason})\u00a0; il est gardé tel quel, déplace-le pour enregistrer ce quiz",
    "save.what.result": "le résultat",
    "save.what.quiz_progress": "la progression du quiz",
    "save.what.progress": "la progression",
    "save.what.workshop_manifest": "le manifeste de l’atelier",
    "save.what.report": "le bilan",
    "save.what.workshop_key": "la clé de l’atelier",
    "save.what.output": "la sortie",
    "save.what.file": "le fichier",
    "os.enospc": "plus de place sur le disque",
    "os.eacces": "accès refusé",
    "os.eperm": "opération non permise",
    "os.erofs": "disque en lecture seule",
    "os.enoent": "fichier ou dossier introuvable",
    "os.eisdir": "c’est un dossier",
    "os.enotdir": "une partie du chemin n’est pas un dossier",
    "os.eexist": "le fichier existe déjà",
    "os.enametoolong": "nom de fichier trop long",
    "os.eio": "erreur de lecture ou d’écriture sur le disque",
    "os.efbig": "fichier trop gros",
    "os.edquot": "quota de disque dépassé",
    "os.not_regular": "pas un fichier ordinaire (un tube ou un périphérique)",
    "os.too_large": "trop gros",
    "workshop.manifest_unusable":
        "le manifeste de l’atelier est illisible ({error})\u00a0; le résultat n’a pas été "
        "enregistré dans le dossier",
    "workshop.other_workshop":
        "ce résultat appartient à un autre atelier (identifiant {id}), pas à {folder}",
    "workshop.not_a_code":
        "«\u00a0{code}\u00a0» n’est pas un code d’élève (6\u00a0lettres et chiffres)",
    "workshop.progress_damaged":
        "le fichier de progression {path} est abîmé et a été mis de côté sous le nom "
        "{kept}\u00a0; recommence le quiz",
    "workshop.no_progress": "aucun quiz en cours avec le code {code} dans {folder}\u00a0; {known}",
    "workshop.pending_count.one": "{n}\u00a0quiz en cours ici",
    "workshop.pending_count.other": "{n}\u00a0quiz en cours ici",
    "workshop.pending_codes": "quiz en cours ici\u00a0: {codes}",
    "workshop.no_pending": "aucun quiz n’est en cours dans ce dossier",
    "workshop.resume_sealed":
        "les quiz en cours dans {folder} sont scellés\u00a0; reprends avec ton code (--name "
        "CODE), celui affiché quand le quiz s’est arrêté",
    "workshop.none_in_progress":
        "aucun quiz n’est en cours dans {folder}\u00a0; commence-en un nouveau sans --resume",
    "workshop.none_in_progress_named":
        "aucun quiz n’est en cours dans {folder} au nom de «\u00a0{name}\u00a0»\u00a0; "
        "commence-en un nouveau sans --resume",
    "workshop.say_which":
        "dis quel quiz reprendre avec --name CODE\u00a0; en cours dans {folder}\u00a0: {codes}",
    "seal.why.first_line": "pas un fichier scellé par rolequiz (sa première ligne est abîmée)",
    "seal.why.other_key":
        "scellé pour une autre clé ({kid}), celle d’un autre atelier ou une clé qui n’est pas "
        "celle de la conseillère ou du conseiller",
    "seal.why.altered": "ne s’ouvre pas avec la clé de l’atelier (modifié ou coupé)",
    "seal.why.no_key": "scellé, et aucune clé n’a été donnée pour l’ouvrir",
    "seal.why.not_key": "pas une clé d’atelier de rolequiz",
    "seal.why.not_key_damaged": "pas une clé d’atelier de rolequiz (abîmée\u00a0?)",
    "seal.why.halves": "une clé d’atelier abîmée (ses deux moitiés ne correspondent pas)",
    "seal.why.protection": "une clé exportée protégée d’une façon inconnue",
    "seal.why.not_export": "pas une clé d’atelier exportée par rolequiz",
    "seal.why.not_export_damaged": "pas une clé d’atelier exportée par rolequiz (abîmée\u00a0?)",
    "seal.why.not_progress": "pas un fichier de progression scellé",
    "seal.why.code_altered": "ne s’ouvre pas avec ce code (modifié ou coupé)",
    "report.detail.missing_part": "il manque une partie obligatoire",
    "report.detail.no_roles": "aucun métier dans le résultat",
    "report.detail.bad_roles":
        "l’identifiant, le nom ou le score d’un métier est faux, ou les métiers ne sont pas "
        "dans l’ordre",
    "report.detail.no_profile": "pas de profil d’intérêts",
    "report.detail.bad_dimension": "l’identifiant d’une dimension n’est pas du texte",
    "report.detail.bad_interest": "un intérêt n’est pas un nombre de 0 à 1",
    "report.detail.bad_name": "le nom d’un métier n’est pas du texte",
    "report.detail.bad_count": "le nombre de réponses est faux",
    "report.detail.not_unicode": "pas du texte UTF-8",
    "report.detail.too_deep": "imbrication trop profonde",
    "report.detail.cut_off": "coupé avant la fin",
    "report.detail.json_at": "ligne {line}, colonne {column}",
    "workshop.file_word": "FICHIER",
    "progress.when": "le {date} à {time}",
    "progress.when_unknown": "à une date inconnue",
    "quiz.done_skipped.one":
        "{n}\u00a0question passée (numéro {numbers}). Appuie sur b pour y revenir, ou découvre "
        "tes résultats dès maintenant.",
    "quiz.done_skipped.other":
        "{n}\u00a0questions passées (numéros {numbers}). Appuie sur b pour y revenir, ou "
        "découvre tes résultats dès maintenant.",
    "report.age_today": "Atelier du {date}\u00a0; son plus ancien résultat date d’aujourd’hui",
    "results.rank_column": "Rang",
    "salary.in_currency.eur": "en euros",
    "salary.in_currency.usd": "en dollars",
    "salary.in_currency.gbp": "en livres sterling",
    "salary.in_currency_code": "en {code}",
    "quiz.keys_hint": "? affiche les touches.",
    "quiz.help_back_start": "Appuie sur une touche pour revenir.",
    "quiz.hint_line": "Tape ta réponse ({keys}), puis appuie sur Entrée\u00a0; ? pour l’aide.",
}
