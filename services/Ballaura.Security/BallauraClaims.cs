namespace Ballaura.Security;

/// <summary>Claim names in Ballaura access tokens (JWT names, not the WS-* URIs).</summary>
public static class BallauraClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string ClientId = "client_id";

    /// <summary>On a patient's token: the patient record the account is linked to.</summary>
    public const string PatientId = "patient_id";

    /// <summary>The audience every Ballaura API token is issued for.</summary>
    public const string ApiAudience = "ballaura-api";

    /// <summary>The scope a client asks for to call the API.</summary>
    public const string ApiScope = "ballaura-api";
}
