using System.Text.Encodings.Web;

namespace Ballaura.Identity.Accounts;

/// <summary>The few server-rendered pages of the identity service (sign-in, e-mail confirmation, password reset).</summary>
internal static class HtmlPage
{
    public static string Encode(string? value) => HtmlEncoder.Default.Encode(value ?? "");

    public static IResult Render(string title, string body, int statusCode = StatusCodes.Status200OK) => Results.Content(
        $$"""
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>{{Encode(title)}} · Ballaura</title>
          <style>
            body { font-family: system-ui, sans-serif; max-width: 28rem; margin: 3rem auto; padding: 0 1rem; color: #1b1b1b; }
            label { display: block; margin-top: 1rem; font-weight: 600; }
            input { width: 100%; padding: .6rem; font-size: 1rem; border: 1px solid #555; border-radius: 4px; }
            button { margin-top: 1.5rem; padding: .7rem 1.4rem; font-size: 1rem; background: #0b5c4a; color: #fff; border: 0; border-radius: 4px; }
            .error { color: #9b1c1c; font-weight: 600; }
          </style>
        </head>
        <body>
          <main>
            <h1>{{Encode(title)}}</h1>
            {{body}}
          </main>
        </body>
        </html>
        """,
        "text/html; charset=utf-8",
        statusCode: statusCode);
}
