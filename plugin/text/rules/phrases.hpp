// Multilingual phrase tables the text rules match against case-folded
// segment text (en, de, fr, es, ru, it, pt, zh at least). Data only.
#pragma once

#include <string_view>

namespace artnorm::phrases {

// Whole-segment boilerplate (after trailing punctuation is stripped).
inline constexpr std::string_view kBoilerplateExact[] = {
    // en
    "contribute today", "donate", "donate now", "subscribe", "subscribe now", "sign in", "sign up",
    "log in", "login", "log out", "register", "menu", "main menu", "search", "close", "share",
    "share this", "share this article", "share this story", "share on facebook", "share on twitter",
    "tweet", "email", "print", "facebook", "twitter", "whatsapp", "linkedin", "reddit", "pinterest",
    "telegram", "instagram", "youtube", "advertisement", "advertising", "sponsored", "skip to content",
    "skip to main content", "back to top", "comments", "post a comment", "leave a comment",
    "newsletter", "follow us", "home", "next", "previous", "continue reading", "read more",
    "load more", "show more", "accept", "accept cookies", "privacy policy", "terms of use",
    "cookie policy", "contact us", "about us", "toggle navigation", "open menu", "close menu",
    // de
    "anzeige", "werbung", "teilen", "anmelden", "abmelden", "registrieren", "abonnieren",
    "jetzt abonnieren", "spenden", "jetzt spenden", "suche", "schließen", "drucken", "kommentare",
    "weiterlesen", "mehr lesen", "startseite", "datenschutz", "impressum", "zum inhalt springen",
    // fr
    "publicité", "partager", "s'abonner", "abonnez-vous", "se connecter", "connexion",
    "rechercher", "fermer", "imprimer", "commentaires", "lire la suite", "accueil", "faire un don",
    // es
    "menú", "publicidad", "compartir", "suscríbete", "suscribirse", "iniciar sesión", "registrarse",
    "buscar", "cerrar", "imprimir", "comentarios", "leer más", "inicio", "donar",
    // ru
    "реклама", "поделиться", "подписаться", "войти", "регистрация", "поиск", "меню", "закрыть",
    "комментарии", "читать далее", "главная", "поддержать",
    // zh
    "分享", "广告", "登录", "注册", "搜索", "首页", "订阅", "评论",
};

// Prefixes of short boilerplate segments: banners and notices.
inline constexpr std::string_view kBoilerplatePrefixes[] = {
    "support ", "sign up for", "sign up to", "subscribe to", "subscribe for", "follow us on",
    "share on", "share this", "we use cookies", "this website uses cookies", "this site uses cookies",
    "by continuing to use", "by using this site", "click here", "copyright", "©", "(c) ",
    "continue reading", "get the latest", "get our newsletter", "join our newsletter", "already a subscriber",
    "reporting by", "additional reporting by", "like this story",
    "unterstützen sie", "abonnieren sie", "folgen sie uns", "diese website verwendet cookies",
    "wir verwenden cookies", "melden sie sich", "soutenez", "abonnez-vous", "suivez-nous",
    "ce site utilise des cookies", "nous utilisons des cookies", "inscrivez-vous", "apoya a",
    "suscríbete a", "síguenos", "este sitio web utiliza cookies", "utilizamos cookies",
    "поддержите", "подпишитесь", "мы используем cookie", "мы используем файлы cookie",
    "следите за нами", "请关注", "关注我们",
    "back to overview", "back to all posts", "back to all articles", "back to news", "back to blog",
    "back to the list", "browse all posts", "zurück zur übersicht", "zurück zum blog", "zurück zu allen",
    "retour à la liste", "retour aux articles", "volver al listado", "volver a noticias", "voltar para",
    "назад к списку", "вернуться к списку", "返回列表",
    "follow the author", "follow this author", "follow the topics", "follow this topic", "follow the topic",
    "share close", "watch live", "dem autor folgen", "suivre l'auteur", "seguir al autor",
};

// Verbs of "Follow <X> on Twitter, Facebook and Instagram" lines (rule
// "boilerplate-phrases", part "follow-line").
inline constexpr std::string_view kFollowVerbs[] = {
    "follow", "folgen sie", "folge", "suivez", "síguenos", "siga", "sigue", "segui", "seguici", "следите",
    "подписывайтесь", "join us on", "like us on", "find us on",
};

// Social networks: a line made of nothing but their names is a row of
// share/follow icons (rule "boilerplate-phrases", part "social-icons").
inline constexpr std::string_view kSocialNetworks[] = {
    "facebook", "twitter", "instagram", "linkedin", "youtube", "pinterest", "whatsapp", "telegram",
    "reddit", "tiktok", "vk", "vkontakte", "xing", "tumblr", "flipboard", "snapchat", "email", "e-mail",
    "messenger", "rss", "weibo", "wechat", "line", "viber", "print",
};

// Anywhere in a short segment.
inline constexpr std::string_view kBoilerplateContains[] = {
    "sharing options", "share it with a friend", "share it with friends", "sharing is caring",
    "print this article",
    // contributor credits under the article (agency style)
    "(reporting by", "contributed reporting", "contributed to this report", "editing by",
    "mitarbeit: ", "con información de", "avec afp", "с использованием материалов",
    // affiliate disclosures
    "may get a share of the sale", "may receive a commission", "may earn a commission",
    "may earn an affiliate commission", "we may receive a small", "if you buy something through",
    "affiliate links", "provisionslinks", "liens d'affiliation", "enlaces de afiliados",
    "all rights reserved", "alle rechte vorbehalten", "tous droits réservés", "no part may be reproduced",
    "todos los derechos reservados", "все права защищены", "版权所有", "cookies", "newsletter",
    "©",
};

// Banners that name the publisher: "<prefix> <Publisher>!".
inline constexpr std::string_view kSupportPrefixes[] = {
    "support ", "unterstützen sie ", "soutenez ", "apoya a ", "apoye a ", "поддержите ",
};

// Headers that open a related-articles / teaser zone and end the body.
inline constexpr std::string_view kRelatedHeaders[] = {
    "read more", "related", "related articles", "related stories", "related posts",
    "related content", "more from", "more stories", "more on this", "more in", "you may also like",
    "you might also like", "recommended", "most read", "most popular", "popular posts", "trending",
    "read next", "see also", "also read", "next up", "up next", "don't miss", "more videos", "explore further",
    "weitere beiträge",
    "leia também", "veja também", "leia mais", "lesen sie auch", "mehr zum thema", "weitere artikel",
    "das könnte sie auch interessieren", "meistgelesen", "lire aussi", "à lire aussi", "voir aussi",
    "sur le même sujet", "les plus lus", "leer más", "lee también", "te puede interesar",
    "noticias relacionadas", "lo más leído", "читайте также", "читайте еще", "по теме",
    "самое читаемое", "похожие статьи", "相关文章", "相关阅读", "推荐阅读", "延伸阅读",
};

// Labels of one-line links ("SEE MORE: <title>"), besides kRelatedHeaders
// (rule "related-link-line"; only with a colon after them).
inline constexpr std::string_view kLinkLinePrefixes[] = {
    "see more", "also", "more", "related post", "related story", "related article", "related video",
    "watch", "listen", "also see", "don't miss", "siehe auch", "auch interessant", "leia também",
    "veja também", "leia mais", "lea también", "vea también", "lisez aussi", "смотрите также",
    "читайте", "также читайте", "相关",
};

// Tag lines: "<prefix> A, B, C".
inline constexpr std::string_view kTagPrefixes[] = {
    "read more about", "tags", "tagged", "tagged with", "topics", "related topics", "filed under",
    "themen", "schlagwörter", "schlagworte", "mots-clés", "mots clés", "sujets", "thèmes",
    "etiquetas", "temas", "теги", "темы", "метки", "标签", "关键词", "tag",
};

// Lines that carry a date fact: "Updated: <date>".
inline constexpr std::string_view kUpdatedPrefixes[] = {
    "updated", "last updated", "last modified", "modified", "aktualisiert", "zuletzt aktualisiert",
    "mis à jour", "actualizado", "обновлено", "更新", "更新于", "更新时间",
};
inline constexpr std::string_view kPublishedPrefixes[] = {
    "published", "posted", "posted on", "first published", "veröffentlicht", "erschienen",
    "publié", "publié le", "publicado", "опубликовано", "发布", "发布于", "发布时间", "date",
};

// Comment forms and comment counters (rule "end-markers"), anywhere in a
// short segment.
inline constexpr std::string_view kCommentFormNotices[] = {
    "your email address will not be published", "your email address will not be shared",
    "no comments yet", "be the first to comment", "leave a comment", "add a comment",
    "ihre e-mail-adresse wird nicht veröffentlicht", "deine e-mail-adresse wird nicht veröffentlicht",
    "votre adresse e-mail ne sera pas publiée", "votre adresse de messagerie ne sera pas publiée",
    "tu dirección de correo electrónico no será publicada", "o seu endereço de e-mail não será publicado",
    "o seu endereço de email não será publicado", "il tuo indirizzo email non sarà pubblicato",
    "ваш адрес email не будет опубликован", "ваш e-mail не будет опубликован", "发表评论",
    // the reply form's header and link ("Leave a Reply Cancel reply")
    "cancel reply", "you must be logged in to post a comment", "lascia un commento", "annulla risposta",
    "devi essere connesso per inviare un commento", "deja un comentario", "cancelar respuesta",
    "deixe um comentário", "cancelar resposta", "laisser un commentaire", "annuler la réponse",
    "schreibe einen kommentar", "hinterlasse einen kommentar", "antworten abbrechen",
};

// Author boxes after the article (rule "end-markers"): whole segment...
inline constexpr std::string_view kAuthorBoxHeaders[] = {
    "about the author", "about the authors", "über den autor", "über die autorin", "über die autoren",
    "à propos de l'auteur", "sobre el autor", "sobre la autora", "sobre o autor", "sobre a autora",
    "l'autore", "об авторе", "关于作者", "作者简介",
};
// ... or one of these followed by a capitalised name ("About Jane Doe").
inline constexpr std::string_view kAboutPrefixes[] = {
    "about ", "über ", "sobre ", "à propos de ", "a proposito di ",
};

// Markers after which no body follows (comments, footers).
inline constexpr std::string_view kBodyTerminators[] = {
    "comments", "comment", "leave a reply", "kommentare", "kommentar", "commentaires",
    "comentarios", "комментарии", "комментариев", "评论",
};

}  // namespace artnorm::phrases
