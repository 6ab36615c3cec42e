package fr.parole.report;

/** The page around the sections: head, style sheet (print-friendly), navigation. */
final class HtmlLayout {
  private HtmlLayout() {}

  static String page(String studyName, ReportPage page) {
    return "<!DOCTYPE html>\n<html lang=\"" + page.text().language().code() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>Parole — " + ReportText.html(studyName) + "</title>\n<style>\n"
        + "body{font-family:'DejaVu Sans',Arial,sans-serif;margin:0;color:#222;background:#fafafa}"
        + "main{max-width:68rem;margin:0 auto;padding:1rem 2rem 3rem;background:#fff}"
        + "nav{position:sticky;top:0;background:#0b3d5c;color:#fff;padding:.6rem 2rem;z-index:1}"
        + "nav a{color:#fff;margin-right:1.2rem}"
        + "h1{color:#0b3d5c}h2{border-bottom:2px solid #0072b2;padding-bottom:.2rem;margin-top:2.5rem}"
        + "h3{color:#0b3d5c;margin-top:2rem}h4.dimension{color:#0b3d5c;border-bottom:1px solid #ccc;margin-top:1.6rem}.scroll{overflow-x:auto}"
        + "table{border-collapse:collapse;margin:.3rem 0 1rem;width:100%;font-size:.9rem}th,td{padding:.3rem .5rem;"
        + "border-bottom:1px solid #ddd;text-align:left}td.n,th.n{text-align:right;"
        + "font-variant-numeric:tabular-nums}td.n{white-space:nowrap}th{background:#eef4f8}"
        + "td:first-child{min-width:9rem}tr.missing td{color:#666;font-style:italic}tr.total td{font-weight:bold;border-top:2px solid #bbb}.cards{display:flex;gap:1rem;"
        + "flex-wrap:wrap}.card{background:#eef4f8;border-radius:6px;padding:.8rem 1.2rem;min-width:9rem}"
        + ".card b{display:block;font-size:1.6rem;color:#0b3d5c}.note{color:#555;font-size:.95rem}"
        + ".warning{background:#fff4e0;border-left:4px solid #e69f00;padding:.4rem .8rem}"
        + ".tablehead{margin:1rem 0 0}figure{margin:1rem 0}figcaption{font-size:.85rem;color:#555}"
        + "blockquote{margin:.5rem 0 .8rem 1rem;padding-left:.8rem;border-left:3px solid #56b4e9}"
        + "blockquote footer{font-size:.85rem;color:#555}.code{font-size:.8rem;color:#777;font-weight:normal}"
        + "img{max-width:100%;height:auto}code{background:#f2f2f2;padding:0 .2rem}"
        // Printed for a meeting (the commission des usagers): A4, each part on a new page, no row,
        // chart or quote cut in two, headings kept with what follows, no filter lists.
        + "@media print{@page{size:A4;margin:1.4cm}nav,.filter{display:none}body{background:#fff;font-size:10pt}"
        + "main{max-width:none;padding:0}h2{break-before:page}h2:first-of-type{break-before:auto}"
        + "h2,h3,h4,h5,.tablehead{break-after:avoid}tr,figure,blockquote,.card,ul.summary li{break-inside:avoid}"
        + "table{font-size:8pt}th,td{padding:.15rem .3rem}td:first-child{min-width:0}.scroll{overflow:visible}"
        + "a{color:inherit;text-decoration:none}}\n"
        + "</style>\n</head>\n<body>\n" + page.nav() + "<main>\n"
        + "<h1>" + ReportText.html(page.text().get("layout.heading", studyName)) + "</h1>\n"
        + page.body() + "</main>\n</body>\n</html>\n";
  }
}
