"""Ideas of many shapes, in every language the offline writer speaks, with the concepts
each page must mention (lower-case substrings of the copy, outside the quoted idea).

The shapes: "X for Y that Z"; the problem first, then "We want ..." or "The idea is
..."; questions; bullet lists; rambling speech; brand analogies; imperatives; lower case;
no audience at all; B2B, consumer, marketplace, hardware, internal tools, education and
health. None of these is an example from the code or the phrasebooks: the writer has to
read them.
"""

from __future__ import annotations

from typing import NamedTuple


class Case(NamedTuple):
    lang: str
    text: str
    concepts: tuple[str, ...]


CORPUS: list[Case] = [
    # --- English -------------------------------------------------------------------------
    Case(
        "en",
        "A contract-renewal radar for mid-size SaaS procurement teams: it reads every vendor "
        "contract, flags auto-renewal dates 90 days ahead and drafts the cancellation email.",
        ("contract", "procurement", "renewal"),
    ),
    Case(
        "en",
        "So I've been thinking about this for a while, basically the problem is that my "
        "climbing gym posts route setting on Instagram and nobody sees it, so like, what if "
        "there was a shared calendar where gyms post new routes and climbers get a ping?",
        ("calendar", "route", "climb"),
    ),
    Case("en", "Uber for dog walking", ("dog",)),
    Case(
        "en",
        "A smart water sensor that sits on your home's water main, spots leaks within "
        "seconds and lets you shut the valve from your phone.",
        ("leak", "valve", "water"),
    ),
    Case(
        "en",
        "Warehouse shift leads waste the first hour of every shift building the pick list "
        "by hand. We want an internal tool that builds it overnight from yesterday's orders.",
        ("pick list", "shift", "order"),
    ),
    Case(
        "en",
        "What if parents could swap outgrown kids' clothes with other families in their "
        "neighbourhood?",
        ("clothes", "famil"),
    ),
    Case(
        "en",
        "- track five-a-side football games\n- split the pitch fee between players\n"
        "- remind people who haven't paid",
        ("pitch", "fee", "player"),
    ),
    Case(
        "en",
        "Help nurses on night shifts plan healthy meals they can eat in ten minutes.",
        ("nurse", "meal"),
    ),
    Case(
        "en",
        "an app that helps freelancers send invoices and chase late payments",
        ("invoice", "payment", "freelancer"),
    ),
    Case(
        "en",
        "I want to build a platform where university students can rent out their textbooks "
        "to first-year students.",
        ("textbook", "student"),
    ),
    Case(
        "en",
        "A marketplace for local farmers to sell surplus vegetables directly to restaurants.",
        ("farmer", "restaurant", "vegetable"),
    ),
    Case(
        "en",
        "Small bakeries throw away a third of their bread every evening. The idea is an app "
        "that predicts tomorrow's demand from the weather and last month's sales, and "
        "suggests how much dough to prepare.",
        ("bakeries", "bread", "demand"),
    ),
    Case(
        "en",
        "Airbnb for camping gear: people rent tents, stoves and sleeping bags from "
        "neighbours instead of buying them for one trip.",
        ("camping", "tent"),
    ),
    Case(
        "en",
        "A flashcard app for medical students that turns lecture slides into spaced "
        "repetition decks.",
        ("flashcard", "medical students", "lecture"),
    ),
    Case(
        "en",
        "A medication reminder for elderly parents that texts their adult children when a "
        "dose is missed.",
        ("medication", "dose"),
    ),
    Case(
        "en",
        "Build a Slack bot that summarises long threads for engineering managers.",
        ("slack", "thread"),
    ),
    Case(
        "en",
        "We keep losing track of which laptops are on loan at our office. An internal "
        "checkout tool for the IT desk that logs who has which laptop and emails them "
        "when it's overdue.",
        ("laptop", "loan"),
    ),
    Case(
        "en",
        "A GPS collar for cats that maps where they roam at night.",
        ("collar", "cat"),
    ),
    Case(
        "en",
        "Language exchange for retirees. Match people who want to practise Spanish with "
        "native speakers who want to practise English, over short video calls.",
        ("language", "retiree", "spanish"),
    ),
    Case(
        "en",
        "A tablet app for food truck owners that flags failed hygiene checks before an inspection.",
        ("food truck", "hygiene", "inspection"),
    ),
    Case(
        "en",
        "Teachers spend Sunday evenings grading quizzes. An assistant that grades "
        "handwritten quizzes from a phone photo and shows which questions the class got "
        "wrong.",
        ("quiz", "teacher", "grad"),
    ),
    Case(
        "en",
        "home energy monitor clips onto the fuse box and tells you which appliance is "
        "eating your electricity bill",
        ("energy", "appliance", "electricity"),
    ),
    Case(
        "en",
        "A booking app for independent barbers: clients pick a slot, pay a deposit and get "
        "a reminder the day before, so no-shows stop costing barbers money.",
        ("barber", "deposit", "slot"),
    ),
    Case(
        "en",
        "How might we help first-time home buyers understand every fee in their mortgage offer?",
        ("mortgage", "fee", "home buyer"),
    ),
    Case(
        "en",
        "A CRM for wedding photographers that keeps every shot list, contract and invoice "
        "in one place, and reminds couples to send their timeline.",
        ("wedding", "photographer", "shot list"),
    ),
    Case(
        "en",
        "Our support team answers the same refund question fifty times a day. Internal "
        "dashboard that groups tickets by topic and suggests a saved reply.",
        ("ticket", "refund", "reply"),
    ),
    Case(
        "en",
        "A sleep coach for shift workers that builds a nap plan around tomorrow's rota.",
        ("sleep", "shift worker", "nap"),
    ),
    Case(
        "en",
        "Find a plumber on short notice",
        ("plumber",),
    ),
    Case(
        "en",
        "Duolingo for sign language, with a webcam that checks your hand shapes.",
        ("sign language", "hand"),
    ),
    Case(
        "en",
        "Coaches of youth football clubs never know who is coming to Saturday's game. An "
        "app where parents confirm attendance in one tap, and the coach sees the squad "
        "list by Friday night.",
        ("coach", "attendance", "squad"),
    ),
    # --- Spanish -------------------------------------------------------------------------
    Case(
        "es",
        "Una aplicación para dueños de perros que encuentra paseadores de confianza cerca de "
        "casa y envía fotos del paseo en tiempo real.",
        ("perro", "paseador", "foto"),
    ),
    Case(
        "es",
        "Las pequeñas librerías de barrio no pueden competir con las grandes plataformas. "
        "Queremos una plataforma que reúna su catálogo y permita reservar libros en la "
        "tienda más cercana.",
        ("librer", "libro"),
    ),
    Case(
        "es",
        "¿Y si los vecinos pudieran compartir herramientas en vez de comprar un taladro "
        "que usan una vez al año?",
        ("herramienta", "vecino"),
    ),
    Case(
        "es",
        "Un sensor para huertos urbanos que mide la humedad de la tierra y avisa al móvil "
        "cuando hay que regar.",
        ("sensor", "humedad", "regar"),
    ),
    Case(
        "es",
        "App para profesores de primaria que corrige dictados a partir de una foto del cuaderno.",
        ("dictado", "profesor"),
    ),
    Case(
        "es",
        "herramienta interna para el equipo de almacén que organiza los turnos de la semana "
        "y avisa de los cambios",
        ("turno", "almacén"),
    ),
    Case(
        "es",
        "Un marketplace para fisioterapeutas que ofrecen sesiones a domicilio",
        ("fisioterapeuta", "domicilio"),
    ),
    Case(
        "es",
        "Una app de salud para personas con diabetes que registra las comidas y sugiere la "
        "dosis de insulina.",
        ("diabetes", "comida", "insulina"),
    ),
    # --- French --------------------------------------------------------------------------
    Case(
        "fr",
        "Une application pour les boulangeries qui prévoit la demande du lendemain et "
        "réduit le gaspillage de pain.",
        ("boulangerie", "pain", "gaspillage"),
    ),
    Case(
        "fr",
        "Les associations de quartier perdent un temps fou à gérer les adhésions sur des "
        "tableurs. L'idée est un outil qui encaisse les cotisations et envoie les rappels.",
        ("association", "cotisation", "rappel"),
    ),
    Case(
        "fr",
        "Et si les étudiants pouvaient échanger leurs manuels avec ceux de l'année suivante ?",
        ("manuel", "étudiant"),
    ),
    Case(
        "fr",
        "Un capteur pour les ruches qui mesure le poids et la température et prévient "
        "l'apiculteur en cas d'essaimage.",
        ("ruche", "capteur", "température"),
    ),
    Case(
        "fr",
        "Une plateforme qui met en relation des parents avec des baby-sitters vérifiés du "
        "quartier.",
        ("parent", "baby-sitter"),
    ),
    Case(
        "fr",
        "outil interne pour les infirmières de l'hôpital qui planifie les gardes de nuit",
        ("infirmi", "garde"),
    ),
    Case(
        "fr",
        "Un cours en ligne pour apprendre la comptabilité aux artisans, avec des exercices "
        "tirés de leurs vraies factures.",
        ("comptabilité", "artisan", "facture"),
    ),
    Case(
        "fr",
        "Bon, en gros, l'idée c'est une appli où les clubs de foot amateurs publient leurs "
        "matchs et les joueurs reçoivent une alerte quand il manque quelqu'un, tu vois ?",
        ("club", "match", "joueur"),
    ),
    Case(
        "fr",
        "- suivre les matchs de padel entre amis\n- partager le prix du terrain entre "
        "joueurs\n- relancer ceux qui n'ont pas payé",
        ("padel", "terrain", "payé"),
    ),
    Case("fr", "un Uber pour promeneurs de chiens", ("promeneurs de chiens",)),
    Case("fr", "le Airbnb du matériel de camping", ("matériel de camping",)),
    Case(
        "fr",
        "Aidez les patients diabétiques à suivre leur glycémie et à préparer leurs "
        "rendez-vous chez le médecin.",
        ("glycémie", "rendez-vous", "patients diabétiques"),
    ),
    Case(
        "fr",
        "Une plateforme pour les cabinets d'architectes qui centralise les plans, suit les "
        "validations des clients et envoie les factures.",
        ("plan", "validation", "architecte", "facture"),
    ),
    Case(
        "fr",
        "Les parents séparés se disputent sans arrêt sur le planning des enfants. Nous "
        "voulons une application qui permette aux parents de partager l'agenda des enfants "
        "et les dépenses.",
        ("agenda", "dépense", "parent"),
    ),
    Case(
        "fr",
        "Un pilulier connecté qui rappelle aux personnes âgées de prendre leurs médicaments "
        "et prévient leurs proches en cas d'oubli.",
        ("médicament", "proche", "pilulier"),
    ),
    Case(
        "fr",
        "Trouver un plombier disponible en moins d'une heure, sans passer dix coups de fil.",
        ("plombier",),
    ),
    Case(
        "fr",
        "Comment aider les lycéens à réviser le bac de philo sans s'ennuyer ?",
        ("lycéen", "bac de philo"),
    ),
    Case(
        "fr",
        "une appli pour réduire le gaspillage alimentaire à la maison",
        ("gaspillage alimentaire",),
    ),
    Case(
        "fr",
        "J'aimerais créer un outil qui permet aux artisans de générer des devis à partir de "
        "photos du chantier.",
        ("devis", "chantier", "artisan"),
    ),
    # --- German --------------------------------------------------------------------------
    Case(
        "de",
        "Eine App für Hundebesitzer, die zuverlässige Gassigeher in der Nähe findet und "
        "Fotos vom Spaziergang schickt.",
        ("hundebesitzer", "gassigeher", "fotos"),
    ),
    Case(
        "de",
        "Eine Plattform für Handwerksbetriebe, die Angebote aus Fotos der Baustelle erstellt.",
        ("handwerk", "angebot", "baustelle"),
    ),
    Case(
        "de",
        "Kleine Arztpraxen verlieren jeden Tag Zeit am Telefon. Wir wollen einen Assistenten, "
        "der Termine vergibt und Patienten an ihre Impfungen erinnert.",
        ("termin", "patient", "impfung"),
    ),
    Case(
        "de",
        "Was wäre, wenn Nachbarn ihre Lastenräder stundenweise verleihen könnten?",
        ("lastenr", "nachbar"),
    ),
    Case(
        "de",
        "Ein Sensor für Kühlschränke in Restaurants, der die Temperatur überwacht und bei "
        "Ausfall Alarm schlägt.",
        ("sensor", "temperatur", "kühlschr"),
    ),
    Case(
        "de",
        "internes Tool für unser Lager, das die Kommissionierlisten über Nacht vorbereitet",
        ("kommissionier", "lager"),
    ),
    Case(
        "de",
        "Ein Lernspiel für Grundschulkinder, das das Einmaleins mit kurzen Rätseln übt.",
        ("einmaleins", "grundschulkinder"),
    ),
    # --- Portuguese ----------------------------------------------------------------------
    Case(
        "pt",
        "Um aplicativo para pequenos restaurantes que controla o estoque e avisa quando um "
        "ingrediente está acabando.",
        ("restaurante", "estoque", "ingrediente"),
    ),
    Case(
        "pt",
        "Uber para passeadores de cães",
        ("passeador", "cães"),
    ),
    Case(
        "pt",
        "Os professores perdem horas corrigindo redações. Queremos uma ferramenta que "
        "sugere correções e mostra os erros mais comuns da turma.",
        ("professor", "redaç", "erro"),
    ),
    Case(
        "pt",
        "Uma plataforma onde produtores rurais vendem frutas diretamente para mercados da cidade.",
        ("produtor", "fruta", "mercado"),
    ),
    Case(
        "pt",
        "E se os moradores de um prédio pudessem dividir as compras do mês?",
        ("morador", "compra"),
    ),
    Case(
        "pt",
        "Um sensor de qualidade do ar para escolas que avisa quando é preciso abrir as janelas.",
        ("ar", "janela", "escola"),
    ),
    # --- Japanese ------------------------------------------------------------------------
    Case(
        "ja",
        "リモートチーム向けの習慣トラッカー。スタンドアップを忘れるとSlackで通知し、"
        "マネージャーには週次の連続記録ダッシュボードを表示します。",
        ("習慣トラッカー", "slack", "ダッシュボード"),
    ),
    Case(
        "ja",
        "フリーランスと企業をマッチングするサービス",
        ("フリーランス", "企業"),
    ),
    Case(
        "ja",
        "小さなパン屋では毎晩パンが余ってしまう。天気と過去の売上から翌日の需要を予測する"
        "アプリを作りたい。",
        ("パン", "需要", "予測"),
    ),
    Case(
        "ja",
        "高齢の親の服薬を見守るスマートピルケース。飲み忘れると家族のスマホに通知が届く。",
        ("ピルケース", "服薬", "通知"),
    ),
    Case(
        "ja",
        "大学生のための教科書シェアアプリで、先輩から後輩へ安く譲れる",
        ("教科書", "大学生"),
    ),
    Case(
        "ja",
        "社内向けの備品貸し出し管理ツール",
        ("備品",),
    ),
    # --- Chinese -------------------------------------------------------------------------
    Case(
        "zh",
        "一个为自由职业者设计的发票工具，自动生成发票并提醒客户付款。",
        ("发票", "自由职业者"),
    ),
    Case(
        "zh",
        "帮助小餐馆根据天气和历史销量预测每天需要准备多少食材的应用",
        ("食材", "餐馆", "预测"),
    ),
    Case(
        "zh",
        "如果邻居之间可以互相借用工具，会怎么样？",
        ("工具", "邻居"),
    ),
    Case(
        "zh",
        "面向老年人的智能药盒，漏服时会通知子女。",
        ("药盒", "老年人"),
    ),
    Case(
        "zh",
        "大学生经常找不到自习室的空位。我们想做一个小程序，实时显示图书馆每层的空座数量。",
        ("空座", "图书馆"),
    ),
    Case(
        "zh",
        "公司内部使用的报销审批系统，员工拍照上传发票，财务一键审核",
        ("报销", "发票"),
    ),
]
